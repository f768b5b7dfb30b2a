import { describe, expect, it } from 'vitest';
import {
  fillDays,
  parsePeriodChoice,
  resolvePeriod,
  serializePeriodChoice,
  toDay,
} from '../src/lib/analyst/period';

const parse = (query: string) => parsePeriodChoice(new URLSearchParams(query));
const NOW = Date.parse('2025-03-10T14:30:20Z');

describe('analytics period', () => {
  it('defaults to the last 7 days and reads presets', () => {
    expect(parse('')).toEqual({ choice: { preset: '7d' }, ignored: false });
    expect(parse('period=24h')).toEqual({ choice: { preset: '24h' }, ignored: false });
  });

  it('reads chosen days and refuses impossible or inverted ones', () => {
    expect(parse('from=2025-02-01&to=2025-02-28').choice).toEqual({
      fromDay: '2025-02-01',
      toDay: '2025-02-28',
    });
    for (const query of [
      'from=2025-02-01&to=2025-02-30',
      'from=2025-03-01&to=2025-02-01',
      'from=2023-01-01&to=2025-01-01',
      'from=yesterday&to=today',
      'period=1y',
    ]) {
      expect(parse(query), query).toEqual({ choice: { preset: '7d' }, ignored: true });
    }
  });

  it('round-trips through the URL', () => {
    for (const choice of [
      { preset: '30d' as const },
      { fromDay: '2025-01-01', toDay: '2025-01-02' },
    ]) {
      expect(parse(serializePeriodChoice(choice).toString()).choice).toEqual(choice);
    }
  });

  it('ends a preset at the next whole minute, and chosen days include the last one', () => {
    const day = resolvePeriod({ preset: '24h' }, NOW);
    expect(day.to.toISOString()).toBe('2025-03-10T14:31:00.000Z');
    expect(day.from.toISOString()).toBe('2025-03-09T14:31:00.000Z');
    expect([day.fromDay, day.toDay]).toEqual(['2025-03-09', '2025-03-10']);
    const chosen = resolvePeriod({ fromDay: '2025-02-01', toDay: '2025-02-03' }, NOW);
    expect([chosen.from.toISOString(), chosen.to.toISOString()]).toEqual([
      '2025-02-01T00:00:00.000Z',
      '2025-02-04T00:00:00.000Z',
    ]);
  });

  it('shows exactly N days for "Last N days", today included', () => {
    for (const [preset, days] of [
      ['7d', 7],
      ['30d', 30],
    ] as const) {
      const period = resolvePeriod({ preset }, NOW);
      const shown = fillDays(period, [], (day) => ({ day })).map((r) => toDay(r.day.getTime()));
      expect(shown, preset).toHaveLength(days);
      expect(shown.at(-1)).toBe('2025-03-10');
      expect(period.fromDay).toBe(shown[0]);
      expect(period.from.toISOString()).toBe(`${shown[0]}T00:00:00.000Z`);
    }
    expect(resolvePeriod({ preset: '7d' }, NOW).fromDay).toBe('2025-03-04');
    // Just after midnight the first day is still a whole day, not the last minutes of one.
    const earlyPeriod = resolvePeriod({ preset: '7d' }, Date.parse('2025-03-10T00:00:30Z'));
    expect(fillDays(earlyPeriod, [], (day) => ({ day }))).toHaveLength(7);
  });

  it('fills days without searches with zeros', () => {
    const period = resolvePeriod({ fromDay: '2025-02-01', toDay: '2025-02-03' }, NOW);
    const rows = [{ day: new Date('2025-02-02T00:00:00Z'), searches: 5 }];
    expect(
      fillDays(period, rows, (day) => ({ day, searches: 0 })).map((r) => [
        r.day.toISOString().slice(0, 10),
        r.searches,
      ]),
    ).toEqual([
      ['2025-02-01', 0],
      ['2025-02-02', 5],
      ['2025-02-03', 0],
    ]);
  });
});
