// Counts as the storefront states them: "2,000+" when the first stage stopped counting at a bound
// (the answer's totalExhaustive is false), so a shopper is never told a count nobody took.
const count = new Intl.NumberFormat('en-US');

/** The number alone, "+" marking a lower bound. */
export function countLabel(total: number, exhaustive: boolean): string {
  return `${count.format(total)}${exhaustive ? '' : '+'}`;
}

/** "1 result", "1,234 results", "2,000+ results". */
export function resultCount(total: number, exhaustive: boolean): string {
  return `${countLabel(total, exhaustive)} ${total === 1 && exhaustive ? 'result' : 'results'}`;
}
