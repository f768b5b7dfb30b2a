// Deterministic numbers from a visitor's rotating id: whether the visitor is in an experiment's
// share of traffic, and the seed of the coin flips that interleave their page (so a reload or the
// next page shows the same list).
import { createHash } from 'node:crypto';

/** The storefront's visitor id: random base64url, rotated by its cookie (see the API). */
export const VISITOR_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/** 32 bits of SHA-256 of the parts. */
export function hash32(...parts: string[]): number {
  return createHash('sha256').update(parts.join('\u0000')).digest().readUInt32BE(0);
}

/** Is this visitor in the experiment's traffic share (whole percent)? Stable per visitor id. */
export function inTrafficShare(experimentId: number, visitorId: string, percent: number): boolean {
  return hash32('share', String(experimentId), visitorId) % 100 < percent;
}
