import { topK } from './topK.ts';
import type { Ranking } from './types.ts';

export interface RboOptions {
  /** Persistence: the chance the user looks one rank deeper. Default 0.9 (top 10 ≈ 86% weight). */
  p?: number;
}

export interface RboResult {
  label: string;
  value: number;
}

/**
 * Rank-biased overlap, extrapolated: RBO_ext from Webber, Moffat & Zobel 2010 (eq. 32, which
 * handles lists of different lengths). It assumes the agreement seen at the end of the lists
 * continues below them, so identical lists score exactly 1 and disjoint lists 0. The truncated
 * sum alone would be a lower bound that never reaches 1 for finite lists.
 *
 * Two empty lists score 1; one empty list scores 0.
 */
export function rankBiasedOverlap(a: Ranking, b: Ranking, { p = 0.9 }: RboOptions = {}): RboResult {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must be in (0, 1), got ${p}`);
  const label = `RBO_ext (p=${p})`;
  const [x, y] = [topK(a), topK(b)];
  const [longer, shorter] = x.length >= y.length ? [x, y] : [y, x];
  const l = longer.length;
  const s = shorter.length;
  if (s === 0) return { label, value: l === 0 ? 1 : 0 };

  // X_d: overlap of the top d of both lists, the shorter one contributing at most its s items.
  const seenLonger = new Set<string>();
  const seenShorter = new Set<string>();
  let overlap = 0;
  let overlapAtS = 0;
  let sum = 0;
  longer.forEach((fromLonger, index) => {
    const d = index + 1;
    seenLonger.add(fromLonger);
    if (seenShorter.has(fromLonger)) overlap++;
    const fromShorter = shorter[index];
    if (fromShorter !== undefined) {
      seenShorter.add(fromShorter);
      if (seenLonger.has(fromShorter)) overlap++;
      if (d === s) overlapAtS = overlap;
    }
    sum += (overlap / d) * p ** d;
    // Below depth s the shorter list is assumed to keep agreeing at rate X_s / s.
    if (d > s) sum += ((overlapAtS * (d - s)) / (s * d)) * p ** d;
  });
  const tail = ((overlap - overlapAtS) / l + overlapAtS / s) * p ** l;
  return { label, value: ((1 - p) / p) * sum + tail };
}
