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

  it('defuses cells a spreadsheet would run as formulas, and reads them back unchanged', () => {
    const qrels = qrelsOf({
      '=HYPERLINK("http://evil.example","x")': { '+1': 3 },
      '-2+3': { '@SUM(A1)': 1 },
      '\tcmd': { d: 0 },
      "'=already defused": { "''-twice": 2 },
      '\uFF1D1+1': { e: 1 },
      'plain-text, with @ inside': { f: 2 },
    });
    const csv = serializeQrelsCsv(qrels);
    expect(csv).toBe(
      [
        'query,docid,rating',
        `"'=HYPERLINK(""http://evil.example"",""x"")",'+1,3`,
        "'-2+3,'@SUM(A1),1",
        "'\tcmd,d,0",
        "''=already defused,'''-twice,2",
        "'\uFF1D1+1,e,1",
        '"plain-text, with @ inside",f,2',
        '',
      ].join('\n'),
    );
    const parsed = parseQrelsCsv(csv);
    expect(parsed.report.skipped).toEqual([]);
    expect(qrelsToObject(parsed.qrels)).toEqual(qrelsToObject(qrels));
  });

  it('writes a line break inside a query quoted, as spreadsheets read it', () => {
    expect(serializeQrelsCsv(qrelsOf({ 'two\nlines': { d: 1 } }))).toBe(
      'query,docid,rating\n"two\nlines",d,1\n',
    );
  });
});
