// How a facet count reads. Exact counts are shown as they are; estimates (a first stage that
// counted a sample of a large match set) are rounded to two significant figures and marked "≈",
// and an estimated zero, a selected value the sample did not meet, shows no number at all.
const exactFormat = new Intl.NumberFormat('en-US');
const estimateFormat = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });

export function facetCountLabel(count: number, estimated: boolean): string {
  if (!estimated) return exactFormat.format(count);
  return count > 0 ? `≈${estimateFormat.format(count)}` : '';
}
