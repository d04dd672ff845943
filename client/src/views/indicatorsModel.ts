/**
 * The Indicators view's nodes, built once per change of the reports: report → section → finding,
 * or indicator → finding across all reports. Ids are stable across rebuilds and every node knows
 * its parent, so that the view keeps its expansion state and `reveal` works.
 */
import type * as vscode from 'vscode';
import type { Finding, Kind, Section } from '../../../server/src/core';
import { byPosition } from '../findings';
import type { IndexedReport } from '../languageClient';
import type { TrackingNode } from './trackingModel';

/** By report, by indicator, or "Targets vs results" (trackingModel.ts). */
export type Grouping = 'report' | 'indicator' | 'tracking';

export type IndicatorsNode = ReportNode | SectionNode | IndicatorNode | FindingNode | TrackingNode;

export interface ReportNode {
  type: 'report';
  id: string;
  parent: undefined;
  report: IndexedReport;
  children: (SectionNode | FindingNode)[];
}

export interface SectionNode {
  type: 'section';
  id: string;
  parent: ReportNode | SectionNode;
  section: Section;
  children: (SectionNode | FindingNode)[];
}

export interface IndicatorNode {
  type: 'indicator';
  id: string;
  parent: undefined;
  /** null groups the findings that name no indicator (dates). */
  indicator: string | null;
  children: FindingNode[];
}

export interface FindingNode {
  type: 'finding';
  id: string;
  parent: ReportNode | SectionNode | IndicatorNode;
  report: IndexedReport;
  finding: Finding;
}

const COLLATOR = new Intl.Collator('zh-CN');

export class IndicatorsModel {
  private readonly reportNodes = new Map<string, ReportNode>();
  /** Each report's finding nodes in line order, for the finding at the cursor. */
  private readonly findingNodes = new Map<string, FindingNode[]>();

  readonly roots: IndicatorsNode[];

  constructor(reports: readonly IndexedReport[], readonly grouping: Exclude<Grouping, 'tracking'>, kinds: ReadonlySet<Kind>) {
    const sorted = [...reports].sort((a, b) => COLLATOR.compare(a.uri.path, b.uri.path));
    this.roots = grouping === 'report' ? this.byReport(sorted, kinds) : this.byIndicator(sorted, kinds);
    for (const nodes of this.findingNodes.values()) nodes.sort((a, b) => byPosition(a.finding, b.finding));
  }

  reportNode(uri: vscode.Uri): ReportNode | undefined {
    return this.reportNodes.get(uri.toString());
  }

  /** The finding under the cursor, or else the first one on its line. */
  findingAt(uri: vscode.Uri, position: vscode.Position): FindingNode | undefined {
    const onLine = (this.findingNodes.get(uri.toString()) ?? []).filter(({ finding }) => finding.line - 1 === position.line);
    return onLine.find(({ finding }) => finding.start <= position.character && position.character <= finding.end) ?? onLine[0];
  }

  private byReport(reports: readonly IndexedReport[], kinds: ReadonlySet<Kind>): ReportNode[] {
    const roots: ReportNode[] = [];
    for (const report of reports) {
      const key = report.uri.toString();
      const root: ReportNode = { type: 'report', id: `report:${key}`, parent: undefined, report, children: [] };
      const sections = this.sectionNodes(root);
      let current = -1;
      for (const finding of report.findings) {
        if (!kinds.has(finding.kind)) continue;
        while (current + 1 < sections.length && sections[current + 1]!.section.line <= finding.line) current++;
        let parent: ReportNode | SectionNode = sections[current] ?? root;
        // The last heading above may be a sibling's child that already ended.
        while (parent.type === 'section' && finding.line > parent.section.endLine) parent = parent.parent;
        parent.children.push(this.findingNode(`finding:${key}`, parent, report, finding));
      }
      if (prune(root)) {
        roots.push(root);
        this.reportNodes.set(key, root);
      }
    }
    return roots;
  }

  /** The report's sections nested by their line ranges, in line order. */
  private sectionNodes(root: ReportNode): SectionNode[] {
    const nodes: SectionNode[] = [];
    const open: SectionNode[] = [];
    for (const section of root.report.sections) {
      while (open.length > 0 && !contains(open[open.length - 1]!.section, section)) open.pop();
      const parent = open[open.length - 1] ?? root;
      const node: SectionNode = { type: 'section', id: `section:${root.report.uri.toString()}#${section.line}`, parent, section, children: [] };
      parent.children.push(node);
      open.push(node);
      nodes.push(node);
    }
    return nodes;
  }

  private byIndicator(reports: readonly IndexedReport[], kinds: ReadonlySet<Kind>): IndicatorNode[] {
    const groups = new Map<string | null, IndicatorNode>();
    for (const report of reports) {
      for (const finding of report.findings) {
        if (!kinds.has(finding.kind)) continue;
        let group = groups.get(finding.indicator);
        if (!group) {
          group = { type: 'indicator', id: `indicator:${finding.indicator ?? ''}`, parent: undefined, indicator: finding.indicator, children: [] };
          groups.set(finding.indicator, group);
        }
        group.children.push(this.findingNode(`indicator-finding:${report.uri.toString()}`, group, report, finding));
      }
    }
    // Findings without an indicator come last; the rest in pinyin order, quotation marks aside.
    const sortKey = (indicator: string) => indicator.replace(/^[\p{P}\s]+/u, '');
    return [...groups.values()].sort((a, b) =>
      a.indicator === null ? 1 : b.indicator === null ? -1 : COLLATOR.compare(sortKey(a.indicator), sortKey(b.indicator)),
    );
  }

  private findingNode(idPrefix: string, parent: FindingNode['parent'], report: IndexedReport, finding: Finding): FindingNode {
    const node: FindingNode = { type: 'finding', id: `${idPrefix}#${finding.line}:${finding.start}:${finding.kind}`, parent, report, finding };
    const key = report.uri.toString();
    const nodes = this.findingNodes.get(key);
    if (nodes) nodes.push(node);
    else this.findingNodes.set(key, [node]);
    return node;
  }
}

function contains(outer: Section, inner: Section): boolean {
  return outer.level < inner.level && outer.line <= inner.line && inner.endLine <= outer.endLine;
}

/** Drops sections without findings and puts children in line order; false when nothing is left. */
function prune(node: ReportNode | SectionNode): boolean {
  node.children = node.children.filter((child) => child.type === 'finding' || prune(child));
  node.children.sort((a, b) => lineOf(a) - lineOf(b) || (a.type === 'finding' && b.type === 'finding' ? a.finding.start - b.finding.start : 0));
  return node.children.length > 0;
}

function lineOf(node: SectionNode | FindingNode): number {
  return node.type === 'section' ? node.section.line : node.finding.line;
}
