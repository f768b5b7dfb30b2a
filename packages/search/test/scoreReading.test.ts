import { describe, expect, it } from 'vitest';
import { maxSimTies, meanBestCosine } from '../src/explanations.ts';

describe('meanBestCosine', () => {
  it('divides MaxSim by the query tokens’ total weight', () => {
    // Three tokens of weight 1 whose best cosines are 0.9, 0.6 and 0.3: MaxSim 1.8, mean 0.6.
    expect(meanBestCosine(1.8, [{ weight: 1 }, { weight: 1 }, { weight: 1 }])).toBe(0.6);
    // Weighted (norm-weighted static models): 2·1.0 + 6·0.5 = 5 over weight 8.
    expect(meanBestCosine(5, [{ weight: 2 }, { weight: 6 }])).toBe(0.625);
  });

  it('has no value without a MaxSim or without query weight', () => {
    expect(meanBestCosine(null, [{ weight: 1 }])).toBeNull();
    expect(meanBestCosine(3, [])).toBeNull();
  });
});

describe('maxSimTies', () => {
  it('counts, for each hit, the other hits with the same MaxSim', () => {
    expect(maxSimTies([441.465, 441.465, 441.465, 300.2, 299.9])).toEqual([2, 2, 2, 0, 0]);
  });

  it('treats float32 rounding differences as the same score, and unscored hits as untied', () => {
    expect(maxSimTies([441.465, 441.465 * (1 + 2e-7), null, null])).toEqual([1, 1, 0, 0]);
    expect(maxSimTies([1, 1.001])).toEqual([0, 0]);
  });
});
