/**
 * One indicator's chart in the Target ledger: years down the side, values across; each year's
 * target as a band (range, 左右) or a threshold pointing the way that meets it (以上 ▶, 以内 ◀),
 * its result as a point in the status's colour, hollow when the later report only estimated it.
 * Colours are the VS Code theme's, read from its CSS variables when drawn.
 */
import {
  BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip,
  type ChartDataset, type TooltipItem,
} from 'chart.js';
import type { LedgerGroup, LedgerRow, LedgerView } from '../ledger/ledgerMessages';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip);

/** A point carries its row, for the tooltip (line datasets hold only the rows that have the point). */
type Point = { x: number; y: string; row: LedgerRow };
type MixedDataset = ChartDataset<'bar', ([number, number] | null)[]> | ChartDataset<'line', Point[]>;

const ROW_HEIGHT = 34;
const AXIS_HEIGHT = 28;

export function chartHeight(group: LedgerGroup): number {
  return group.rows.length * ROW_HEIGHT + AXIS_HEIGHT;
}

export function drawChart(canvas: HTMLCanvasElement, group: LedgerGroup, view: LedgerView): Chart {
  const theme = readTheme(view);
  const labels = group.rows.map(yearLabel);
  const points = (x: (row: LedgerRow) => number | null | undefined): Point[] =>
    group.rows.flatMap((row) => { const value = x(row); return value === null || value === undefined ? [] : [{ x: value, y: yearLabel(row), row }]; });
  const mark = (row: LedgerRow) => row.target.mark;
  const threshold = (kind: 'floor' | 'ceiling', rotation: number): ChartDataset<'line', Point[]> => ({
    type: 'line',
    data: points((row) => { const m = mark(row); return m?.kind === kind ? m.value : null; }),
    showLine: false, pointStyle: 'triangle', pointRotation: rotation, pointRadius: 7, pointHoverRadius: 8,
    pointBackgroundColor: theme.target, pointBorderColor: theme.target,
  });
  const results = points((row) => row.result?.value);
  const datasets: MixedDataset[] = [
    {
      type: 'bar',
      data: group.rows.map((row) => { const m = mark(row); return m?.kind === 'band' ? [m.low, m.high] : null; }),
      backgroundColor: theme.targetFill, borderColor: theme.target, borderWidth: 1, borderSkipped: false,
      barPercentage: 1, categoryPercentage: 0.6,
    },
    {
      type: 'line',
      data: points((row) => { const m = mark(row); return m?.kind === 'band' ? m.value : null; }),
      showLine: false, pointStyle: 'line', pointRotation: 90, pointRadius: 9, pointHoverRadius: 9, pointBorderWidth: 2, pointBorderColor: theme.target,
    },
    threshold('floor', 90),
    threshold('ceiling', -90),
    {
      type: 'line',
      data: results,
      showLine: false, pointStyle: 'circle', pointRadius: 5, pointHoverRadius: 6, pointBorderWidth: 2,
      pointBorderColor: results.map(({ row }) => theme.status[row.status]),
      pointBackgroundColor: results.map(({ row }) => (row.result?.estimate ? theme.background : theme.status[row.status])),
    },
  ];
  return new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: datasets as ChartDataset<'bar'>[] },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      font: { family: theme.fontFamily },
      layout: { padding: { left: 4, right: 12 } },
      scales: {
        y: { type: 'category', grid: { display: false }, border: { color: theme.grid }, ticks: { color: theme.foreground, font: { family: theme.fontFamily } } },
        x: {
          type: 'linear', grace: '15%', beginAtZero: false,
          grid: { color: theme.grid }, border: { color: theme.grid },
          ticks: { color: theme.muted, maxTicksLimit: 5, font: { family: theme.fontFamily }, callback: (value) => tickLabel(Number(value), group.unit) },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          backgroundColor: theme.tooltipBackground, titleColor: theme.foreground, bodyColor: theme.foreground,
          borderColor: theme.grid, borderWidth: 1,
          callbacks: { label: (item) => tooltipLabel(item, group, view) },
        },
      },
    },
  });
}

function yearLabel(row: LedgerRow): string {
  return row.period === null ? '—' : String(row.period);
}

/** `6%`, `4.5万人`: Chinese magnitudes, as the reports write them, whatever the UI language. */
function tickLabel(value: number, unit: string | null): string {
  const number = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 2 }).format(value);
  return unit === '百分点' ? number : `${number}${unit ?? ''}`;
}

function tooltipLabel(item: TooltipItem<'bar' | 'line'>, group: LedgerGroup, view: LedgerView): string {
  const row = item.datasetIndex === 0 ? group.rows[item.dataIndex] : (item.raw as Point).row;
  if (!row) return '';
  const { strings } = view;
  if (item.datasetIndex < 4) return `${strings.target}: ${row.target.text} (${row.target.reading})`;
  if (!row.result) return strings.noResult;
  return `${strings.result}: ${row.result.text} · ${row.statusName}${row.gap ? ` (${row.gap})` : ''}`;
}

interface ChartTheme {
  foreground: string;
  muted: string;
  grid: string;
  background: string;
  tooltipBackground: string;
  target: string;
  targetFill: string;
  fontFamily: string;
  status: Record<LedgerRow['status'], string>;
}

function readTheme(view: LedgerView): ChartTheme {
  const style = getComputedStyle(document.documentElement);
  const css = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const foreground = css('--vscode-foreground', '#cccccc');
  const target = css('--vscode-charts-blue', '#3794ff');
  return {
    foreground,
    muted: css('--vscode-descriptionForeground', foreground),
    grid: css('--vscode-editorWidget-border', css('--vscode-panel-border', '#80808059')),
    background: css('--vscode-editor-background', '#1e1e1e'),
    tooltipBackground: css('--vscode-editorHoverWidget-background', css('--vscode-editor-background', '#252526')),
    target,
    targetFill: withAlpha(target, 0.3),
    fontFamily: css('--vscode-font-family', 'sans-serif'),
    status: {
      met: css(view.statusColors.met, '#73c991'),
      missed: css(view.statusColors.missed, '#f14c4c'),
      unclear: css(view.statusColors.unclear, '#cca700'),
      unreported: css(view.statusColors.unreported, '#848484'),
    },
  };
}

/** `#3794ff` → `rgba(55, 148, 255, 0.3)`; other notations are left as they are. */
function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{6})/i.exec(color)?.[1];
  if (!hex) return color;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
