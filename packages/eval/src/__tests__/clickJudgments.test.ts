import { describe, expect, it } from 'vitest';
import { gradeFromClickRatio, proposeClickJudgments, type ShownAt } from '../clickJudgments.ts';

const at = (
  productId: string,
  position: number,
  impressions: number,
  clicks: number,
  query = 'mouse',
): ShownAt => ({ query, productId, position, impressions, clicks });

describe('proposeClickJudgments', () => {
  it('compares clicks with what the positions shown would draw (clicks over expected clicks)', () => {
    // Position 0: 20 impressions, 8 clicks → rate 0.4. Position 1: 20 impressions, 2 clicks → 0.1.
    // "top" sat at 0 ten times (6 clicks) and at 1 ten times (2 clicks): expected 10·0.4 + 10·0.1
    // = 5, ratio 8 / 5 = 1.6 → grade 2. "other" the reverse: 2 + 0 clicks of 5 expected → 0.4 → 0.
    const proposals = proposeClickJudgments([
      at('top', 0, 10, 6),
      at('top', 1, 10, 2),
      at('other', 0, 10, 2),
      at('other', 1, 10, 0),
    ]);
    expect(proposals).toEqual([
      expect.objectContaining({ productId: 'top', impressions: 20, clicks: 8, grade: 2 }),
      expect.objectContaining({ productId: 'other', impressions: 20, clicks: 2, grade: 0 }),
    ]);
    expect(proposals[0]!.expectedClicks).toBeCloseTo(5, 12);
    expect(proposals[0]!.ratio).toBeCloseTo(1.6, 12);
    expect(proposals[1]!.ratio).toBeCloseTo(0.4, 12);
  });

  it('does not reward a product for being shown high: same rate as its position, grade 2', () => {
    const [first] = proposeClickJudgments([at('a', 0, 10, 5), at('b', 0, 10, 5)]);
    expect(first!.ratio).toBeCloseTo(1, 12);
    expect(first!.grade).toBe(2);
  });

  it('proposes nothing below the impression floor, and keeps queries apart', () => {
    const proposals = proposeClickJudgments(
      [at('a', 0, 4, 4, 'cable'), at('a', 0, 6, 0, 'mouse'), at('b', 1, 6, 3, 'mouse')],
      { minImpressions: 5 },
    );
    expect(proposals.map((p) => [p.query, p.productId])).toEqual([
      ['mouse', 'b'],
      ['mouse', 'a'],
    ]);
  });

  it('treats a click where no click was expected as the strongest signal', () => {
    // Position 3 drew one click in 55 impressions: this product's one click in 5 is 11× that.
    const proposals = proposeClickJudgments([at('rare', 3, 5, 1), at('x', 3, 50, 0)]);
    const rare = proposals.find((p) => p.productId === 'rare')!;
    expect(rare.ratio).toBeCloseTo(1 / (5 * (1 / 55)), 12);
    expect(rare.grade).toBe(3);
  });
});

describe('gradeFromClickRatio', () => {
  it('maps ratios to grades at 0.5, 1 and 2', () => {
    expect([0, 0.49, 0.5, 0.99, 1, 1.99, 2, Infinity].map(gradeFromClickRatio)).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3,
    ]);
  });
});
