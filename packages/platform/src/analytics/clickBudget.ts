// How many search-result clicks each visitor cookie may still have counted this hour. Kept in
// memory because search_click stores no visitor id (so the database cannot count per visitor);
// with several app processes each keeps its own budget. Bounded: past `maxVisitors` the oldest
// visitors are forgotten.

export interface ClickBudget {
  /** Takes one click from the visitor's hour; false when the hour's clicks are spent. */
  take(visitorId: string): boolean;
}

export function createClickBudget(
  { perHour, maxVisitors }: { perHour: number; maxVisitors: number },
  now: () => number = Date.now,
): ClickBudget {
  const hours = new Map<string, { startedAt: number; count: number }>();
  return {
    take(visitorId) {
      const at = now();
      let hour = hours.get(visitorId);
      if (!hour || at - hour.startedAt >= 3_600_000) {
        hours.delete(visitorId);
        if (hours.size >= maxVisitors) hours.delete(hours.keys().next().value as string);
        hour = { startedAt: at, count: 0 };
        hours.set(visitorId, hour);
      }
      if (hour.count >= perHour) return false;
      hour.count += 1;
      return true;
    },
  };
}
