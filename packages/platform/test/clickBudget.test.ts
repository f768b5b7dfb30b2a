// The per-visitor click budget on a controlled clock: spent within an hour, renewed after it, and
// bounded in the visitors it remembers.
import { describe, expect, it } from 'vitest';
import { createClickBudget } from '../src/analytics/clickBudget.ts';

describe('click budget', () => {
  it('allows perHour clicks a visitor an hour, and renews them an hour after the first', () => {
    let now = 0;
    const budget = createClickBudget({ perHour: 3, maxVisitors: 10 }, () => now);
    expect([1, 2, 3, 4].map(() => budget.take('a'))).toEqual([true, true, true, false]);
    expect(budget.take('b')).toBe(true);
    now = 3_599_999;
    expect(budget.take('a')).toBe(false);
    now = 3_600_000;
    expect(budget.take('a')).toBe(true);
  });

  it('forgets the oldest visitor past maxVisitors', () => {
    const budget = createClickBudget({ perHour: 1, maxVisitors: 2 }, () => 0);
    expect([budget.take('a'), budget.take('b'), budget.take('a')]).toEqual([true, true, false]);
    budget.take('c'); // 'a' is forgotten: its budget starts again
    expect(budget.take('a')).toBe(true);
    expect(budget.take('c')).toBe(false);
  });
});
