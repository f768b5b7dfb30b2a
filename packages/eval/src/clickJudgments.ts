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

export interface ClickJudgment {
  query: string;
  productId: string;
  impressions: number;
  clicks: number;
  /** Clicks an average product would have drawn at the positions this one was shown. */
  expectedClicks: number;
  /** clicks / expectedClicks. */
  ratio: number;
  grade: Grade;
}

export interface ClickGradeOptions {
  /** Fewer impressions than this propose nothing (default 5). */
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

/** One proposal per (query, product) shown at least `minImpressions` times, by query, best first. */
export function proposeClickJudgments(
  shown: readonly ShownAt[],
  { minImpressions = 5 }: ClickGradeOptions = {},
): ClickJudgment[] {
  const rate = positionClickRates(shown);
  const byPair = new Map<string, ClickJudgment>();
  for (const s of shown) {
    const key = JSON.stringify([s.query, s.productId]);
    const pair = byPair.get(key) ?? {
      query: s.query,
      productId: s.productId,
      impressions: 0,
      clicks: 0,
      expectedClicks: 0,
      ratio: 0,
      grade: 0,
    };
    pair.impressions += s.impressions;
    pair.clicks += s.clicks;
    pair.expectedClicks += s.impressions * (rate.get(s.position) ?? 0);
    byPair.set(key, pair);
  }
  const proposals = [...byPair.values()].filter((p) => p.impressions >= minImpressions);
  for (const p of proposals) {
    // No clicks expected at these positions (nobody clicked there): a click is a strong signal.
    p.ratio = p.expectedClicks > 0 ? p.clicks / p.expectedClicks : p.clicks > 0 ? Infinity : 0;
    p.grade = gradeFromClickRatio(p.ratio);
  }
  return proposals.sort(
    (a, b) =>
      a.query.localeCompare(b.query) || b.ratio - a.ratio || a.productId.localeCompare(b.productId),
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
