import { describe, expect, it } from 'vitest';
import { parseQrelsCsv } from '../parseQrelsCsv.ts';
import { serializeQrelsCsv } from '../serializeQrelsCsv.ts';
import { qrelsOf, qrelsToObject } from './helpers.ts';

describe('serializeQrelsCsv', () => {
  it('writes a header and one row per judgment, quoting only when needed', () => {
    const qrels = qrelsOf({
      'gps watch': { '1723896': 0, '77382335': 3 },
      'usb c, "fast"': { d: 2 },
      ' padded ': { e: 1 },
    });
    expect(serializeQrelsCsv(qrels)).toBe(
      [
        'query,docid,rating',
        'gps watch,1723896,0',
        'gps watch,77382335,3',
        '"usb c, ""fast""",d,2',
        '" padded ",e,1',
        '',
      ].join('\n'),
    );
  });

  it('round-trips through parseQrelsCsv, with or without header', () => {
    const qrels = qrelsOf({ 'a,b': { '"x"': 3 }, ' c': { y: 0 }, d: { z: 1 } });
    for (const header of [true, false]) {
      const parsed = parseQrelsCsv(serializeQrelsCsv(qrels, { header }));
      expect(parsed.report.skipped).toEqual([]);
      expect(parsed.report.hasHeader).toBe(header);
      expect(qrelsToObject(parsed.qrels)).toEqual(qrelsToObject(qrels));
    }
  });

  it('refuses a line break inside a field, which no qrels row can hold', () => {
    expect(() => serializeQrelsCsv(qrelsOf({ 'two\nlines': { d: 1 } }))).toThrow(RangeError);
  });
});
