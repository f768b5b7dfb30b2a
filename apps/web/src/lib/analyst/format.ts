// Numbers as the workbench shows them: metrics to three decimals, signed deltas, latencies.
const MINUS = '\u2212';

export function formatMetric(value: number | null, digits = 3): string {
  return value === null || !Number.isFinite(value) ? '—' : value.toFixed(digits);
}

/** +0.120, −0.050, ±0.000; '—' when undefined. */
export function formatDelta(value: number | null, digits = 3): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return `±${text}`;
  return value > 0 ? `+${text}` : `${MINUS}${text}`;
}

/** 12 ms, 1.5 s; under 10 ms one decimal, so a fast search does not read "0 ms". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** 0.25 → "25%". */
export function formatShare(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`;
}

/** "1 judgment", "3 judgments". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}
