// Is configuration B better than A on the same judged queries, or is the difference noise? Paired
// tests on per-query differences (B − A): a randomisation (sign-flip permutation) test of the mean
// difference, and a percentile bootstrap confidence interval of it. Pure and seeded: the same
// numbers give the same answer.
import { seededRandom } from './seededRandom.ts';

export interface PairedDifferences {
  /** Queries with a value under both configurations, in the order given. */
  queries: string[];
  /** B − A per query, same order. */
  differences: number[];
  /** Queries left out because one side has no value (no relevant judgment). */
  skipped: string[];
}

/** Per-query B − A over the queries both have a value for. */
export function pairedDifferences(
  a: ReadonlyMap<string, number | null>,
  b: ReadonlyMap<string, number | null>,
): PairedDifferences {
  const result: PairedDifferences = { queries: [], differences: [], skipped: [] };
  for (const [query, valueA] of a) {
    const valueB = b.get(query);
    if (valueA === null || valueB === null || valueB === undefined) result.skipped.push(query);
    else {
      result.queries.push(query);
      result.differences.push(valueB - valueA);
    }
  }
  for (const query of b.keys()) if (!a.has(query)) result.skipped.push(query);
  return result;
}

export interface WinsLosses {
  won: number;
  lost: number;
  tied: number;
}

/** Differences within `tolerance` of zero are ties (a metric printed to 3 decimals: 5e-4). */
export function winsLosses(differences: readonly number[], tolerance = 5e-4): WinsLosses {
  const tally = { won: 0, lost: 0, tied: 0 };
  for (const d of differences) {
    if (d > tolerance) tally.won++;
    else if (d < -tolerance) tally.lost++;
    else tally.tied++;
  }
  return tally;
}

export interface RandomisationOptions {
  /** Sign flips drawn when the exact test would need more than 2^exactUpTo; default 10,000. */
  rounds?: number;
  seed?: number;
  /** Up to this many queries every one of the 2^n sign flips is counted (default 16). */
  exactUpTo?: number;
}

export interface RandomisationResult {
  /** Two-sided p: how often flipping signs at random gives a mean at least as far from 0. */
  pValue: number;
  /** 'exact' enumerated every sign flip; 'sampled' drew `rounds` of them. */
  method: 'exact' | 'sampled';
  rounds: number;
}

/**
 * Paired randomisation test of "the mean difference is 0": under that hypothesis each query's
 * difference is as likely to have had the other sign. Sampled p-values count the observed
 * assignment too ((hits + 1) / (rounds + 1)), so they are never 0.
 */
export function pairedRandomisationTest(
  differences: readonly number[],
  { rounds = 10_000, seed = 1, exactUpTo = 16 }: RandomisationOptions = {},
): RandomisationResult {
  const n = differences.length;
  if (n === 0) return { pValue: 1, method: 'exact', rounds: 0 };
  const observed = Math.abs(sum(differences));
  // Sums equal up to float rounding count as "as extreme".
  const atLeast = (s: number) => Math.abs(s) >= observed - 1e-9 * Math.max(1, observed);
  if (n <= exactUpTo) {
    const flips = 2 ** n;
    let hits = 0;
    for (let mask = 0; mask < flips; mask++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += mask & (1 << i) ? -differences[i]! : differences[i]!;
      if (atLeast(s)) hits++;
    }
    return { pValue: hits / flips, method: 'exact', rounds: flips };
  }
  const random = seededRandom(seed);
  let hits = 0;
  for (let r = 0; r < rounds; r++) {
    let s = 0;
    for (const d of differences) s += random() < 0.5 ? -d : d;
    if (atLeast(s)) hits++;
  }
  return { pValue: (hits + 1) / (rounds + 1), method: 'sampled', rounds };
}

export interface BootstrapOptions {
  /** Resamples; default 10,000. */
  rounds?: number;
  seed?: number;
  /** Default 0.95. */
  confidence?: number;
}

export interface ConfidenceInterval {
  mean: number;
  low: number;
  high: number;
  confidence: number;
}

/**
 * Percentile bootstrap interval of the mean difference: queries resampled with replacement,
 * the interval's ends the (1 ± confidence) / 2 quantiles of the resampled means (linear
 * interpolation between order statistics, numpy's default).
 */
export function bootstrapMeanInterval(
  differences: readonly number[],
  { rounds = 10_000, seed = 1, confidence = 0.95 }: BootstrapOptions = {},
): ConfidenceInterval | null {
  const n = differences.length;
  if (n === 0) return null;
  const random = seededRandom(seed);
  const means = new Float64Array(rounds);
  for (let r = 0; r < rounds; r++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += differences[Math.floor(random() * n)]!;
    means[r] = s / n;
  }
  means.sort();
  const tail = (1 - confidence) / 2;
  return {
    mean: sum(differences) / n,
    low: quantile(means, tail),
    high: quantile(means, 1 - tail),
    confidence,
  };
}

export interface PairedComparison extends WinsLosses {
  queries: number;
  meanDifference: number;
  randomisation: RandomisationResult;
  interval: ConfidenceInterval | null;
  /** p below alpha: the difference is unlikely to be noise. */
  significant: boolean;
  /** B is worse than A and the difference is significant (what a quality gate refuses). */
  significantlyWorse: boolean;
  alpha: number;
}

/** Everything the run view and the CLI show for "B against A": both tests and the tally. */
export function comparePaired(
  differences: readonly number[],
  options: RandomisationOptions & BootstrapOptions & { alpha?: number } = {},
): PairedComparison {
  const alpha = options.alpha ?? 0.05;
  const randomisation = pairedRandomisationTest(differences, options);
  const meanDifference = differences.length ? sum(differences) / differences.length : 0;
  const significant = differences.length > 0 && randomisation.pValue < alpha;
  return {
    queries: differences.length,
    meanDifference,
    ...winsLosses(differences),
    randomisation,
    interval: bootstrapMeanInterval(differences, options),
    significant,
    significantlyWorse: significant && meanDifference < 0,
    alpha,
  };
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/** Quantile of sorted values, linear between order statistics (numpy's default). */
function quantile(sorted: Float64Array, q: number): number {
  const position = q * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (position - below) * (sorted[above]! - sorted[below]!);
}
