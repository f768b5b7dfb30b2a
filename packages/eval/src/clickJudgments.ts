// Graded judgments proposed from clicks, by clicks over expected clicks (COEC): shoppers click the
// top of a list whatever it holds, so a product's clicks are compared with what an average product
// shown at the same positions would have drawn. Each position's click rate is estimated from the
// same impressions; a product seen often enough gets a grade from its ratio.

import type { Grade } from './types.ts';

/** How often one product was shown for one query at one position, and how often clicked there. */
export interface ShownAt {
  query: string;
  productId: string;
  /** 0-based position on the page. */
  position: number;
  impressions: number;
  clicks: number;
}

/** One (query, product)'s counts over the positions it was shown at. */
export interface ClickPair {
  query: string;
  productId: string;
  impressions: number;
  clicks: number;
  /** Clicks an average product would have drawn at the positions this one was shown. */
  expectedClicks: number;
}

export interface ClickJudgment extends ClickPair {
  /** clicks / expectedClicks. */
  ratio: number;
  grade: Grade;
}

/** Fewer impressions than this propose nothing, unless the analyst asks otherwise. */
export const DEFAULT_MIN_CLICK_IMPRESSIONS = 5;

export interface ClickGradeOptions {
  /** Fewer impressions than this propose nothing (default DEFAULT_MIN_CLICK_IMPRESSIONS). */
  minImpressions?: number;
}

/** Ratio thresholds: at least 2× the expected clicks → 3, 1× → 2, half → 1, less → 0. */
export const CLICK_GRADE_THRESHOLDS: readonly [number, Grade][] = [
  [2, 3],
  [1, 2],
  [0.5, 1],
];

export function gradeFromClickRatio(ratio: number): Grade {
  return CLICK_GRADE_THRESHOLDS.find(([least]) => ratio >= least)?.[1] ?? 0;
}

/**
 * One proposal per (query, product) shown at least `minImpressions` times, by query, best first.
 * Expected clicks are summed in the order of `shown`; a database summing them by position (the
 * platform's proposals) gives the same floats when `shown` comes in position order.
 */
export function proposeClickJudgments(
  shown: readonly ShownAt[],
  { minImpressions = DEFAULT_MIN_CLICK_IMPRESSIONS }: ClickGradeOptions = {},
): ClickJudgment[] {
  const rate = positionClickRates(shown);
  const byPair = new Map<string, ClickPair>();
  for (const s of shown) {
    const key = JSON.stringify([s.query, s.productId]);
    const pair = byPair.get(key) ?? {
      query: s.query,
      productId: s.productId,
      impressions: 0,
      clicks: 0,
      expectedClicks: 0,
    };
    pair.impressions += s.impressions;
    pair.clicks += s.clicks;
    pair.expectedClicks += s.impressions * (rate.get(s.position) ?? 0);
    byPair.set(key, pair);
  }
  return gradeClickPairs([...byPair.values()].filter((p) => p.impressions >= minImpressions));
}

/** Grades each pair by its clicks over expected clicks; by query, strongest first. */
export function gradeClickPairs<P extends ClickPair>(
  pairs: readonly P[],
): (P & Pick<ClickJudgment, 'ratio' | 'grade'>)[] {
  return pairs
    .map((p) => {
      // No clicks expected at these positions (nobody clicked there): a click is a strong signal.
      const ratio =
        p.expectedClicks > 0 ? p.clicks / p.expectedClicks : p.clicks > 0 ? Infinity : 0;
      return { ...p, ratio, grade: gradeFromClickRatio(ratio) };
    })
    .sort(
      (a, b) =>
        a.query.localeCompare(b.query) ||
        b.ratio - a.ratio ||
        a.productId.localeCompare(b.productId),
    );
}

/** Clicks per impression at each position, over every query and product. */
function positionClickRates(shown: readonly ShownAt[]): Map<number, number> {
  const totals = new Map<number, { impressions: number; clicks: number }>();
  for (const s of shown) {
    const t = totals.get(s.position) ?? { impressions: 0, clicks: 0 };
    t.impressions += s.impressions;
    t.clicks += s.clicks;
    totals.set(s.position, t);
  }
  return new Map([...totals].map(([position, t]) => [position, t.clicks / t.impressions]));
}
