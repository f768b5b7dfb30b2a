// How a re-index job reads on screen: a percentage, a rate, the time left, and whether the page
// should keep polling for news.
import type { JobProgress, JobState } from './apiTypes';

/** How often the index page asks for progress while a job is unfinished. */
export const REINDEX_POLL_MS = 1000;

const UNFINISHED: ReadonlySet<JobState> = new Set(['queued', 'running', 'cancelling']);

export function isUnfinished(state: JobState): boolean {
  return UNFINISHED.has(state);
}

export const JOB_STATE_LABELS: Record<JobState, string> = {
  queued: 'Queued',
  running: 'Running',
  cancelling: 'Cancelling',
  cancelled: 'Cancelled',
  succeeded: 'Complete',
  failed: 'Failed',
};

/** Whole percent done; an empty job that succeeded is complete. */
export function jobPercent(job: Pick<JobProgress, 'processed' | 'total' | 'state'>): number {
  if (job.total === 0) return job.state === 'succeeded' ? 100 : 0;
  return Math.min(100, Math.floor((job.processed / job.total) * 100));
}

export function formatRate(ratePerSecond: number | null): string {
  if (ratePerSecond === null) return '–';
  const digits = ratePerSecond < 10 ? 1 : 0;
  return `${ratePerSecond.toLocaleString('en-US', { maximumFractionDigits: digits })} products/s`;
}

export function formatEta(etaSeconds: number | null, state: JobState): string {
  if (!isUnfinished(state)) return 'done';
  if (etaSeconds === null) return 'estimating…';
  if (etaSeconds < 1) return 'under a second';
  if (etaSeconds < 90) return `about ${Math.round(etaSeconds)} s`;
  if (etaSeconds < 5400) return `about ${Math.round(etaSeconds / 60)} min`;
  return `about ${(etaSeconds / 3600).toLocaleString('en-US', { maximumFractionDigits: 1 })} h`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toLocaleString('en-US', { maximumFractionDigits: value < 10 ? 1 : 0 })} ${units[unit]}`;
}
