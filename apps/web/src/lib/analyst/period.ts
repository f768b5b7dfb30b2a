// The analytics period, kept in the URL. "Last 24 hours" counts back from now; "Last N days"
// (`?period=7d`) is N whole UTC days, today included, so the chart shows N days (counting back
// 7 × 24 h from mid-afternoon touched 8 days). Chosen dates (`?from=2025-01-01&to=2025-01-31`)
// are whole UTC days, both included. Days are UTC throughout, as the API groups searches by UTC day.
export const PRESETS = [
  { id: '24h', label: 'Last 24 hours', hours: 24 },
  { id: '7d', label: 'Last 7 days', days: 7 },
  { id: '30d', label: 'Last 30 days', days: 30 },
] as const;

export type PresetId = (typeof PRESETS)[number]['id'];

const DAY_MS = 24 * 3600_000;
const DEFAULT_PRESET: PresetId = '7d';
const MAX_DAYS = 366;

export type PeriodChoice = { preset: PresetId } | { fromDay: string; toDay: string };

export interface Period {
  choice: PeriodChoice;
  from: Date;
  /** Exclusive. */
  to: Date;
  /** The first and last day shown in the date fields (YYYY-MM-DD). */
  fromDay: string;
  toDay: string;
}

type Params = Pick<URLSearchParams, 'get'>;

export function parsePeriodChoice(params: Params): { choice: PeriodChoice; ignored: boolean } {
  const preset = PRESETS.find((p) => p.id === params.get('period'));
  if (preset) return { choice: { preset: preset.id }, ignored: false };
  const fromDay = params.get('from');
  const toDay = params.get('to');
  if (fromDay === null && toDay === null && params.get('period') === null) {
    return { choice: { preset: DEFAULT_PRESET }, ignored: false };
  }
  if (fromDay && toDay && isDay(fromDay) && isDay(toDay)) {
    const days = (dayStart(toDay) - dayStart(fromDay)) / DAY_MS + 1;
    if (days >= 1 && days <= MAX_DAYS) return { choice: { fromDay, toDay }, ignored: false };
  }
  return { choice: { preset: DEFAULT_PRESET }, ignored: true };
}

export function serializePeriodChoice(choice: PeriodChoice): URLSearchParams {
  return 'preset' in choice
    ? new URLSearchParams({ period: choice.preset })
    : new URLSearchParams({ from: choice.fromDay, to: choice.toDay });
}

/**
 * The instants a choice covers. A preset ends at the next whole minute after `now`, so the period
 * (and the request for it) stays the same for a minute instead of changing at every render.
 */
export function resolvePeriod(choice: PeriodChoice, now: number): Period {
  if ('preset' in choice) {
    const preset = PRESETS.find((p) => p.id === choice.preset)!;
    const to = Math.ceil((now + 1) / 60_000) * 60_000;
    const from =
      'days' in preset
        ? dayStart(toDay(to - 1)) - (preset.days - 1) * DAY_MS
        : to - preset.hours * 3600_000;
    return {
      choice,
      from: new Date(from),
      to: new Date(to),
      fromDay: toDay(from),
      toDay: toDay(to - 1),
    };
  }
  return {
    choice,
    from: new Date(dayStart(choice.fromDay)),
    to: new Date(dayStart(choice.toDay) + DAY_MS),
    fromDay: choice.fromDay,
    toDay: choice.toDay,
  };
}

/** Every UTC day of the period with its counts, days without searches as zeros. */
export function fillDays<T extends { day: Date }>(
  period: Pick<Period, 'from' | 'to'>,
  rows: T[],
  empty: (day: Date) => T,
): T[] {
  const byDay = new Map(rows.map((r) => [toDay(r.day.getTime()), r]));
  const days: T[] = [];
  for (let t = dayStart(toDay(period.from.getTime())); t < period.to.getTime(); t += DAY_MS) {
    days.push(byDay.get(toDay(t)) ?? empty(new Date(t)));
  }
  return days;
}

export function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A real calendar day written YYYY-MM-DD (not 2025-02-30). */
function isDay(text: string): boolean {
  const start = dayStart(text);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && Number.isFinite(start) && toDay(start) === text;
}

function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}
