/** The shapes of docs/tracking.md: a target of one report followed into the next year's. */
import type { Finding } from '../types';

export type TrackStatus = 'met' | 'missed' | 'unclear' | 'unreported';
/** Every status, in the order counts and views list them. */
export const TRACK_STATUSES: readonly TrackStatus[] = ['met', 'missed', 'unclear', 'unreported'];

export interface TrackedFinding extends Finding {
  file: string;
}

export interface TrackedResult extends TrackedFinding {
  /** The later report gives it as an estimate (预计, 初步核算) or as approximate (4.5%左右). */
  estimate: boolean;
}

export interface TrackedTarget {
  place: string | null;
  /** The year the target was due. */
  period: number | null;
  /** The canonical name both sides share (地区生产总值). */
  indicator: string;
  target: TrackedFinding;
  result: TrackedResult | null;
  status: TrackStatus;
  gap: number | null;
  gapUnit: string | null;
}

export interface TrackInput {
  file: string;
  report: import('../types').Report;
}
