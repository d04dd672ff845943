/**
 * TEMPORARY: the tracking request's names (coord/tracking-contract.md) until branch issue10's
 * server/src/protocol.ts has them; then the imports point there and this file goes.
 */
import type { TrackedTarget } from '../../server/src/core';

export type { TrackedFinding, TrackedResult, TrackedTarget, TrackStatus } from '../../server/src/core';
export const TrackingRequest = 'policyLens/tracking';
export interface TrackingParams { uri?: string }
export interface TrackingResult { targets: TrackedTarget[] }
export const TrackingChangedNotification = 'policyLens/trackingChanged';
