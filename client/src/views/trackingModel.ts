/**
 * The Indicators view's "Targets vs results" grouping: indicator → each target with its outcome →
 * the result that answers it. Ids are stable across rebuilds and every node knows its parent.
 */
import type * as vscode from 'vscode';
import { trackedUri } from '../tracking';
import type { TrackedFinding, TrackedTarget } from '../../../server/src/core';

export type TrackingNode = TrackedIndicatorNode | TrackedTargetNode | TrackedResultNode;

export interface TrackedIndicatorNode {
  type: 'trackedIndicator';
  id: string;
  parent: undefined;
  indicator: string;
  children: TrackedTargetNode[];
}

export interface TrackedTargetNode {
  type: 'trackedTarget';
  id: string;
  parent: TrackedIndicatorNode;
  tracked: TrackedTarget;
  /** Whether the workspace holds reports of more than one place, so the label names it. */
  showPlace: boolean;
  children: TrackedResultNode[];
}

export interface TrackedResultNode {
  type: 'trackedResult';
  id: string;
  parent: TrackedTargetNode;
  tracked: TrackedTarget;
}

const COLLATOR = new Intl.Collator('zh-CN');

export class TrackingModel {
  readonly roots: TrackedIndicatorNode[];
  /** Per document, the nodes of the targets and results in it, for the finding at the cursor. */
  private readonly byDocument = new Map<string, (TrackedTargetNode | TrackedResultNode)[]>();

  constructor(targets: readonly TrackedTarget[]) {
    const showPlace = new Set(targets.map((t) => t.place)).size > 1;
    const groups = new Map<string, TrackedIndicatorNode>();
    const sorted = [...targets].sort(
      (a, b) => COLLATOR.compare(a.place ?? '', b.place ?? '') || (a.period ?? 0) - (b.period ?? 0) || a.target.line - b.target.line || a.target.start - b.target.start,
    );
    for (const tracked of sorted) {
      let group = groups.get(tracked.indicator);
      if (!group) {
        group = { type: 'trackedIndicator', id: `tracked-indicator:${tracked.indicator}`, parent: undefined, indicator: tracked.indicator, children: [] };
        groups.set(tracked.indicator, group);
      }
      const { file, line, start } = tracked.target;
      const node: TrackedTargetNode = { type: 'trackedTarget', id: `tracked:${file}#${line}:${start}`, parent: group, tracked, showPlace, children: [] };
      group.children.push(node);
      this.index(tracked.target, node);
      if (tracked.result) {
        const result: TrackedResultNode = { type: 'trackedResult', id: `${node.id}/result`, parent: node, tracked };
        node.children.push(result);
        this.index(tracked.result, result);
      }
    }
    this.roots = [...groups.values()].sort((a, b) => COLLATOR.compare(a.indicator, b.indicator));
  }

  /** This grouping has no report nodes. */
  reportNode(): undefined {
    return undefined;
  }

  /** The target or result under the cursor, or else the first one on its line. */
  findingAt(uri: vscode.Uri, position: vscode.Position): TrackedTargetNode | TrackedResultNode | undefined {
    const finding = (node: TrackedTargetNode | TrackedResultNode) => (node.type === 'trackedTarget' ? node.tracked.target : node.tracked.result!);
    const onLine = (this.byDocument.get(uri.toString()) ?? []).filter((node) => finding(node).line - 1 === position.line);
    return onLine.find((node) => finding(node).start <= position.character && position.character <= finding(node).end) ?? onLine[0];
  }

  private index(finding: TrackedFinding, node: TrackedTargetNode | TrackedResultNode): void {
    // The same URI as the editor spells it, whatever escaping the server chose.
    const key = trackedUri(finding).toString();
    const nodes = this.byDocument.get(key);
    if (nodes) nodes.push(node);
    else this.byDocument.set(key, [node]);
  }
}
