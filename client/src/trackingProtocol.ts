/**
 * TEMPORARY: the tracking contract's types (coord/tracking-contract.md) until branch issue10's
 * server/src/protocol.ts and core land; then these imports point there and this file goes.
 */
import type { Finding } from '../../server/src/core';

export type TrackStatus = 'met' | 'missed' | 'unclear' | 'unreported';
export interface TrackedFinding extends Finding { file: string }
export interface TrackedResult extends TrackedFinding { estimate: boolean }
export interface TrackedTarget {
  place: string | null; period: number | null; indicator: string;
  target: TrackedFinding; result: TrackedResult | null;
  status: TrackStatus; gap: number | null; gapUnit: string | null;
}
export const TrackingRequest = 'policyLens/tracking';
export interface TrackingParams { uri?: string }
export interface TrackingResult { targets: TrackedTarget[] }
export const TrackingChangedNotification = 'policyLens/trackingChanged';
