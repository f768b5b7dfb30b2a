// A visitor's place in an experiment's traffic share: stable for the same id, about the chosen
// share over many ids, and independent between experiments.
import { describe, expect, it } from 'vitest';
import { inTrafficShare } from '../src/experiments/visitorHash.ts';

const visitors = Array.from(
  { length: 4000 },
  (_, i) => `visitor-${i.toString(36).padStart(12, '0')}`,
);

describe('inTrafficShare', () => {
  it('takes about the chosen share of visitors, always the same ones', () => {
    for (const percent of [1, 10, 50, 90]) {
      const inShare = visitors.filter((v) => inTrafficShare(7, v, percent)).length;
      expect(Math.abs(inShare / visitors.length - percent / 100)).toBeLessThan(0.02);
    }
    expect(visitors.every((v) => inTrafficShare(7, v, 100))).toBe(true);
    expect(visitors.filter((v) => inTrafficShare(7, v, 30))).toEqual(
      visitors.filter((v) => inTrafficShare(7, v, 30)),
    );
  });

  it('draws a new share for another experiment', () => {
    const a = new Set(visitors.filter((v) => inTrafficShare(1, v, 50)));
    const both = visitors.filter((v) => a.has(v) && inTrafficShare(2, v, 50)).length;
    expect(Math.abs(both / visitors.length - 0.25)).toBeLessThan(0.03);
  });
});
