/**
 * The Target ledger's page: per place a table of indicators by year (target, result, status, gap)
 * with a chart beside each indicator. Everything it shows comes from the extension's messages;
 * a click on a target or result asks the extension to reveal it in its report.
 */
import type { Chart } from 'chart.js';
import type { FromLedger, LedgerGroup, LedgerRow, LedgerSource, LedgerView, ToLedger } from '../ledger/ledgerMessages';
import { chartHeight, drawChart } from './ledgerChart';

declare function acquireVsCodeApi(): { postMessage(message: FromLedger): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('ledger')!;
let charts: Chart[] = [];
let current: LedgerView | undefined;

const STATUS_GLYPH: Record<LedgerRow['status'], string> = { met: '✓', missed: '✗', unclear: '?', unreported: '–' };

window.addEventListener('message', (event: MessageEvent<ToLedger>) => {
  if (event.data?.type !== 'show') return;
  current = event.data.view;
  render(current);
});
// The theme's colours change with the body's class (vscode-light, vscode-dark, vscode-high-contrast).
new MutationObserver(() => current && render(current)).observe(document.body, { attributes: true, attributeFilter: ['class'] });
vscode.postMessage({ type: 'ready' });

function render(view: LedgerView): void {
  for (const chart of charts) chart.destroy();
  charts = [];
  const { strings } = view;
  const header = element('header', 'toolbar');
  header.append(element('h1', undefined, strings.title));
  const rows = view.groups.flatMap((group) => group.rows);
  if (rows.length > 0) header.append(element('span', 'summary', format(strings.summary, rows.length, statusCounts(rows))));
  const exportButton = element('button', 'export', strings.exportCsv);
  exportButton.disabled = rows.length === 0;
  exportButton.addEventListener('click', () => vscode.postMessage({ type: 'exportCsv' }));
  header.append(exportButton);

  const body: HTMLElement[] = [header];
  if (view.error) body.push(element('p', 'error', view.error));
  else if (rows.length === 0) body.push(element('p', 'empty', strings.empty));
  else {
    body.push(legend(view));
    for (const [place, groups] of byPlace(view.groups)) body.push(placeTable(place ?? strings.noPlace, groups, view));
  }
  root.replaceChildren(...body);
  // Charts are drawn once their canvases are in the page, so that they take the cell's width.
  for (const canvas of root.querySelectorAll<HTMLCanvasElement>('canvas[data-group]')) {
    const group = view.groups.find((g) => g.id === canvas.dataset.group);
    if (group) charts.push(drawChart(canvas, group, view));
  }
  vscode.postMessage({ type: 'rendered', rows: rows.length, charts: charts.length });
}

function placeTable(place: string, groups: readonly LedgerGroup[], view: LedgerView): HTMLElement {
  const { strings } = view;
  const section = element('section', 'place');
  section.append(element('h2', undefined, place));
  const table = element('table');
  const head = element('tr');
  for (const title of [strings.indicator, strings.year, strings.target, strings.result, strings.status]) head.append(element('th', undefined, title));
  head.append(element('th', 'gap', strings.gap));
  head.append(element('th', 'chart', strings.chart));
  table.append(element('thead'), element('tbody'));
  table.tHead!.append(head);
  for (const group of groups) {
    group.rows.forEach((row, index) => {
      const tr = element('tr', index === 0 ? 'first' : undefined);
      if (index === 0) {
        const indicator = element('th', 'indicator');
        indicator.scope = 'rowgroup';
        indicator.rowSpan = group.rows.length;
        indicator.append(element('span', undefined, group.indicator), element('span', 'measure', group.measure));
        tr.append(indicator);
      }
      tr.append(
        element('td', 'year', row.period === null ? '—' : String(row.period)),
        sourceCell(row.target, row.target.reading, undefined, view),
        row.result ? sourceCell(row.result, row.result.reading, row.result.estimate ? strings.estimate : undefined, view) : element('td', 'muted', strings.noResult),
        statusCell(row, view),
        element('td', 'gap', row.gap),
      );
      if (index === 0) tr.append(chartCell(group));
      table.tBodies[0]!.append(tr);
    });
  }
  section.append(table);
  return section;
}

/** The text as written, a link that reveals it; the normalised reading and the file:line under it. */
function sourceCell(source: LedgerSource & { text: string }, reading: string, badge: string | undefined, view: LedgerView): HTMLElement {
  const td = element('td', 'source');
  const link = element('a', undefined, source.text);
  link.href = '#';
  link.title = format(view.strings.reveal, source.location);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const { file, line, start, end, location } = source;
    vscode.postMessage({ type: 'reveal', source: { file, line, start, end, location } });
  });
  td.append(link);
  if (badge) td.append(element('span', 'badge', badge));
  // The reading and the location each stay whole; a narrow page leaves the location to the link's title.
  const detail = element('div', 'detail');
  if (reading !== source.text) detail.append(element('span', 'reading', reading));
  detail.append(element('span', 'location', source.location));
  td.append(detail);
  return td;
}

/** The status in its theme colour; the gap under it too, shown there when the page is too narrow for its own column. */
function statusCell(row: LedgerRow, view: LedgerView): HTMLElement {
  const td = element('td', `status status-${row.status}`);
  td.append(element('span', 'glyph', STATUS_GLYPH[row.status]), document.createTextNode(` ${row.statusName}`));
  if (row.gap) td.append(element('span', 'inline-gap', row.gap));
  td.style.setProperty('--status-color', `var(${view.statusColors[row.status]})`);
  return td;
}

function chartCell(group: LedgerGroup): HTMLElement {
  const td = element('td', 'chart');
  td.rowSpan = group.rows.length;
  const box = element('div', 'chart-box');
  box.style.height = `${chartHeight(group)}px`;
  const canvas = element('canvas');
  canvas.dataset.group = group.id;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${group.indicator} ${group.measure}`);
  box.append(canvas);
  td.append(box);
  return td;
}

function legend(view: LedgerView): HTMLElement {
  const { strings } = view;
  const list = element('ul', 'legend');
  const entries: [string, string][] = [
    ['band', strings.legendBand], ['floor', strings.legendFloor], ['ceiling', strings.legendCeiling],
    ['result', strings.legendResult], ['estimate', strings.legendEstimate],
  ];
  for (const [kind, label] of entries) {
    const item = element('li');
    item.append(element('span', `key key-${kind}`), document.createTextNode(label));
    list.append(item);
  }
  return list;
}

function byPlace(groups: readonly LedgerGroup[]): Map<string | null, LedgerGroup[]> {
  const places = new Map<string | null, LedgerGroup[]>();
  for (const group of groups) places.set(group.place, [...(places.get(group.place) ?? []), group]);
  return places;
}

/** `7 met · 3 missed`, in the order of STATUS_GLYPH. */
function statusCounts(rows: readonly LedgerRow[]): string {
  return Object.keys(STATUS_GLYPH)
    .map((status) => rows.filter((row) => row.status === status))
    .filter((matching) => matching.length > 0)
    .map((matching) => `${matching.length} ${matching[0]!.statusName}`)
    .join(' · ');
}

function format(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => String(args[Number(index)] ?? match));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
