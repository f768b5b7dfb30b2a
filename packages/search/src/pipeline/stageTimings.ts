import { performance } from 'node:perf_hooks';
import type { StageTimings } from '../searchTypes.ts';

/** Runs `fn`, adding its wall time to one stage's timing. */
export async function timed<T>(
  timings: StageTimings,
  key: keyof StageTimings,
  fn: () => Promise<T>,
): Promise<T> {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    timings[key] += performance.now() - start;
  }
}
