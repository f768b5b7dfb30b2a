// "Why this result" for a product the shop's boost or bury rules moved.

export function boostNote(factor: number | null): string | null {
  if (factor === null || factor === 1) return null;
  return factor > 1
    ? `The shop boosts products like this one for this search (score ×${factor}).`
    : `The shop moves products like this one down for this search (score ×${factor}).`;
}
