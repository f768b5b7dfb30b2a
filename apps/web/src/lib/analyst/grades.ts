// Relevance grades as the judgment sets store them (0–3, TREC style), with their meaning.
export type Grade = 0 | 1 | 2 | 3;

export const GRADES: readonly Grade[] = [0, 1, 2, 3];

export const GRADE_LABELS: Record<Grade, string> = {
  0: 'Not relevant',
  1: 'Marginally relevant',
  2: 'Relevant',
  3: 'Highly relevant',
};

export function isGrade(value: unknown): value is Grade {
  return value === 0 || value === 1 || value === 2 || value === 3;
}
