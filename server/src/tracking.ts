/**
 * The workspace's targets followed into the next year's report (core trackReports over every
 * report the server knows, `file` being each document's URI), computed again after reports
 * change and kept for the hovers and inlay hints, which answer from the last computation.
 */
import { trackReports, type Finding, type TrackedTarget } from './core';
import type { AnalyzedReport } from './documents';

/** Edits and file events closer together than this are one change. */
const REFRESH_DEBOUNCE_MS = 200;

export class Tracking {
  private latest: TrackedTarget[] = [];
  /** Every report's URI and version (and the dismissals' version) the latest result was computed from. */
  private stamp: string | null = null;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  /** One number per analysis: a report analysed again (another segmenter) is another. */
  private readonly ids = new WeakMap<AnalyzedReport, number>();
  private nextId = 0;

  constructor(
    private readonly allReports: () => Promise<AnalyzedReport[]>,
    private readonly visible: (analyzed: AnalyzedReport) => Finding[],
    private readonly dismissalsVersion: () => number,
    /** Called when the result differs from the one before. */
    private readonly changed: () => void,
    private readonly log: (message: string) => void,
  ) {}

  /** Reports changed: compute again soon. */
  stale(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.refresh().catch((error: unknown) => this.log(`tracking the targets failed: ${String(error)}`));
    }, REFRESH_DEBOUNCE_MS);
  }

  /** Up-to-date targets, optionally only those whose target or result stands in `uri`. */
  async targets(uri?: string): Promise<TrackedTarget[]> {
    await this.refresh();
    return uri === undefined ? this.latest : this.of(uri);
  }

  /** The last result's targets whose target or result stands in `uri`, without computing again. */
  of(uri: string): TrackedTarget[] {
    return this.latest.filter((t) => t.target.file === uri || t.result?.file === uri);
  }

  /** The tracked target a finding of `uri` is, or answers. */
  at(uri: string, finding: Finding): TrackedTarget | undefined {
    const same = (f: Finding) => f.line === finding.line && f.start === finding.start && f.end === finding.end;
    return this.latest.find((t) => (t.target.file === uri && same(t.target)) || (t.result?.file === uri && same(t.result)));
  }

  private async refresh(): Promise<void> {
    // One computation at a time; a caller arriving during one waits for it, then checks the stamp.
    while (this.running) await this.running;
    this.running = this.compute().finally(() => (this.running = null));
    await this.running;
  }

  private async compute(): Promise<void> {
    const reports = await this.allReports();
    const stamp = `${this.dismissalsVersion()}|${reports.map((r) => this.idOf(r)).join('|')}`;
    if (stamp === this.stamp) return;
    const targets = trackReports(reports.map((r) => ({ file: r.uri, report: { ...r.report, findings: this.visible(r) } })));
    const before = JSON.stringify(this.latest);
    const first = this.stamp === null;
    this.stamp = stamp;
    this.latest = targets;
    if (first || JSON.stringify(targets) !== before) this.changed();
  }

  private idOf(analyzed: AnalyzedReport): number {
    let id = this.ids.get(analyzed);
    if (id === undefined) this.ids.set(analyzed, (id = this.nextId++));
    return id;
  }
}
