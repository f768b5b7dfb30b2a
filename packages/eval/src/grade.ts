import type { Grade } from './types.ts';

export const MAX_GRADE = 3;

/** Default relevance threshold for binary metrics: any grade above "not relevant" counts. */
export const DEFAULT_RELEVANCE_THRESHOLD: Grade = 1;

export function isGrade(value: number): value is Grade {
  return Number.isInteger(value) && value >= 0 && value <= MAX_GRADE;
}
