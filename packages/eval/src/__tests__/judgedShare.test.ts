import { describe, expect, it } from 'vitest';
import { judgedShareAtK } from '../judgedShare.ts';
import { judgments } from './helpers.ts';

const graded = judgments({ d1: 3, d2: 0, d3: 1 });

describe('judgedShareAtK', () => {
  it('counts judged documents among the first k, whatever their grade', () => {
    const score = judgedShareAtK(graded, ['d1', 'x', 'd2', 'y', 'd3'], { k: 4 });
    expect(score.label).toBe('Judged@4');
    expect(score.value).toBe(0.5);
  });

  it('divides by what was returned when the list is shorter than k, and says 0 for none', () => {
    expect(judgedShareAtK(graded, ['d1', 'x'], { k: 10 }).value).toBe(0.5);
    expect(judgedShareAtK(graded, [], { k: 10 }).value).toBe(0);
  });

  it('counts a repeated document once', () => {
    expect(judgedShareAtK(graded, ['d1', 'd1', 'x'], { k: 2 }).value).toBe(0.5);
  });
});
