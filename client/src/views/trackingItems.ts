/** Tree items of the "Targets vs results" grouping: status icons, result and gap, reveal on click. */
import * as vscode from 'vscode';
import { describeFinding, formatQuantity, kindIcon } from '../findings';
import { formatGap, formatResult, statusCounts, statusIcon, statusName } from '../trackStatus';
import { trackedLocation, trackedRange, trackedUri } from '../tracking';
import type { TrackedFinding, TrackedTarget } from '../../../server/src/core';
import type { TrackingNode } from './trackingModel';

export function trackingItem(node: TrackingNode): vscode.TreeItem {
  const { Collapsed, None } = vscode.TreeItemCollapsibleState;
  switch (node.type) {
    case 'trackedIndicator': {
      // Open: an indicator has a target or two (a year each), and their outcomes are the point.
      const item = new vscode.TreeItem(node.indicator, vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = new vscode.ThemeIcon('symbol-field');
      item.description = statusCounts(node.children.map((child) => child.tracked));
      return item;
    }
    case 'trackedTarget': {
      const { tracked } = node;
      const reading = [tracked.target.change, formatQuantity(tracked.target) || tracked.target.text].filter(Boolean).join(' ');
      const label = [node.showPlace ? tracked.place : undefined, tracked.period?.toString(), reading].filter(Boolean).join(' ');
      const item = new vscode.TreeItem(label, node.children.length > 0 ? Collapsed : None);
      item.iconPath = statusIcon(tracked.status);
      item.description = outcome(tracked);
      item.tooltip = trackingTooltip(tracked);
      item.accessibilityInformation = { label: `${label}, ${statusName(tracked.status)}, ${item.description}` };
      item.command = revealCommand(tracked.target);
      return item;
    }
    case 'trackedResult': {
      const result = node.tracked.result!;
      const item = new vscode.TreeItem(describeFinding(result) || result.text, None);
      item.iconPath = kindIcon('achievement');
      item.description = [result.estimate ? vscode.l10n.t('estimate') : undefined, trackedLocation(result)].filter(Boolean).join(' · ');
      item.tooltip = trackingTooltip(node.tracked);
      item.command = revealCommand(result);
      return item;
    }
  }
}

/** `→ 5.8% (estimate) · −0.2 百分点`, or that the next report gives no result. */
function outcome(tracked: TrackedTarget): string {
  if (!tracked.result) return vscode.l10n.t('no result in the next report');
  return [`→ ${formatResult(tracked.result)}`, formatGap(tracked.gap, tracked.gapUnit)].filter(Boolean).join(' · ');
}

function trackingTooltip(tracked: TrackedTarget): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString('', true);
  tooltip.appendMarkdown(`$(${statusIcon(tracked.status).id}) **${statusName(tracked.status)}** · `);
  tooltip.appendText([tracked.place, tracked.period, tracked.indicator].filter(Boolean).join(' '));
  tooltip.appendMarkdown('\n\n');
  tooltip.appendText(vscode.l10n.t('Target: {0} ({1})', tracked.target.text, trackedLocation(tracked.target)));
  tooltip.appendMarkdown('\n\n');
  if (tracked.result) {
    tooltip.appendText(vscode.l10n.t('Result: {0} ({1})', tracked.result.text, trackedLocation(tracked.result)));
    const gap = formatGap(tracked.gap, tracked.gapUnit);
    if (gap) tooltip.appendText(` · ${vscode.l10n.t('Gap: {0}', gap)}`);
  } else {
    tooltip.appendText(vscode.l10n.t('no result in the next report'));
  }
  return tooltip;
}

export function revealCommand(finding: TrackedFinding): vscode.Command {
  return {
    command: 'policyLens.revealFinding',
    title: vscode.l10n.t('Reveal in Report'),
    arguments: [trackedUri(finding), trackedRange(finding)],
  };
}
