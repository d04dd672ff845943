/**
 * The status and gap columns: trackReports (docs/tracking.md) over the whole export. Each report's
 * targets and achievements wait in a spool on disk, indexed by place and year, so memory holds two
 * years of one place and the statuses found, not the corpus.
 */
import * as path from 'node:path';
import { trackPlace, type TrackInput, type TrackStatus } from '../core';
import type { TrackedReports } from './messages';
import { Spool, type Piece } from './spool';
import { utf8Text } from '../utf8';

/** status, gap, gap_unit of a target row. */
export type Outcome = [TrackStatus, number | null, string | null];
/** file → target key → outcome. */
export type Outcomes = Map<string, Map<string, Outcome>>;
/** A target row's key within its file: line, start and end. */
export const outcomeKey = (line: number, start: number, end: number) => `${line}:${start}:${end}`;

export class Tracking {
  private readonly spool: Spool;
  /** place → year → its reports' pieces of the spool. */
  private readonly places = new Map<string, Map<number, Piece[]>>();

  constructor(tempDir: string) {
    this.spool = new Spool(path.join(tempDir, 'tracking.jsonl'));
  }

  /** Reports whose place and year are known (the workers send no others), spooled as they came. */
  add({ bytes, reports }: TrackedReports): void {
    let { offset } = this.spool.append(bytes);
    for (const { place, year, length } of reports) {
      const years = this.places.get(place) ?? new Map<number, Piece[]>();
      const pieces = years.get(year) ?? [];
      pieces.push({ offset, length });
      years.set(year, pieces);
      this.places.set(place, years);
      offset += length;
    }
  }

  /** file → target key → outcome, for every target tracking pairs with a later report. */
  outcomes(): Outcomes {
    const out = new Map<string, Map<string, Outcome>>();
    for (const [place, years] of this.places) {
      const reportsOf = (year: number) => years.get(year)!.map((piece) => JSON.parse(utf8Text(this.spool.read(piece))) as TrackInput);
      for (const { target, status, gap, gapUnit } of trackPlace(place, years.keys(), reportsOf)) {
        const byKey = out.get(target.file) ?? new Map<string, Outcome>();
        byKey.set(outcomeKey(target.line, target.start, target.end), [status, gap, gapUnit]);
        out.set(target.file, byKey);
      }
    }
    return out;
  }

  close(): void {
    this.spool.close();
  }
}
