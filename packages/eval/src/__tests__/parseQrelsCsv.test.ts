import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseQrelsCsv, parseQrelsCsvStream } from '../parseQrelsCsv.ts';
import { qrelsToObject } from './helpers.ts';

const skippedOf = (csv: string | Uint8Array, options?: Parameters<typeof parseQrelsCsv>[1]) =>
  parseQrelsCsv(csv, options).report.skipped.map(({ line, reason }) => ({ line, reason }));

describe('parseQrelsCsv', () => {
  it('reads rows with and without the header into the same qrels', () => {
    const rows = 'gps watch,77382335,3\ngps watch,79550421,1\ngarmin,1723896,0\n';
    const withHeader = parseQrelsCsv(`query,docid,rating\n${rows}`);
    const without = parseQrelsCsv(rows);
    const expected = { 'gps watch': { '77382335': 3, '79550421': 1 }, garmin: { '1723896': 0 } };
    expect(qrelsToObject(withHeader.qrels)).toEqual(expected);
    expect(qrelsToObject(without.qrels)).toEqual(expected);
    expect(withHeader.report).toMatchObject({ hasHeader: true, judgmentCount: 3, skipped: [] });
    expect(without.report).toMatchObject({ hasHeader: false, judgmentCount: 3, skipped: [] });
  });

  it('accepts CRLF, a BOM, quoted fields and a missing final newline', () => {
    const csv = '\uFEFFQuery,DocId,Rating\r\n"usb c, cable",d1,2\r\n" padded ",d2,1';
    const { qrels, report } = parseQrelsCsv(csv);
    expect(report.hasHeader).toBe(true);
    expect(qrelsToObject(qrels)).toEqual({ 'usb c, cable': { d1: 2 }, ' padded ': { d2: 1 } });
  });

  it('reports blank lines but not the final newline', () => {
    expect(skippedOf('q,d1,1\n\n  \nq,d2,2\n')).toEqual([
      { line: 2, reason: 'blank-line' },
      { line: 3, reason: 'blank-line' },
    ]);
  });

  it('keeps the first of duplicate rows and reports the later ones', () => {
    const { qrels, report } = parseQrelsCsv('q,d1,3\nq,d2,0\nq,d1,1\nq,d1,3\n');
    expect(qrelsToObject(qrels)).toEqual({ q: { d1: 3, d2: 0 } });
    expect(report.judgmentCount).toBe(2);
    expect(report.skipped).toEqual([
      {
        line: 3,
        reason: 'duplicate',
        message: 'duplicate of line 1 (kept grade 3, dropped 1)',
        text: 'q,d1,1',
      },
      {
        line: 4,
        reason: 'duplicate',
        message: 'duplicate of line 1 (same grade 3)',
        text: 'q,d1,3',
      },
    ]);
  });

  it('skips non-numeric and out-of-range grades', () => {
    const csv = ['q,a,abc', 'q,b,', 'q,c,0x3', 'q,d,4', 'q,e,-1', 'q,f,2.5', 'q,g,2.0'].join('\n');
    const { qrels, report } = parseQrelsCsv(csv);
    expect(report.skipped.map(({ line, reason }) => ({ line, reason }))).toEqual([
      { line: 1, reason: 'non-numeric-grade' },
      { line: 2, reason: 'non-numeric-grade' },
      { line: 3, reason: 'non-numeric-grade' },
      { line: 4, reason: 'grade-out-of-range' },
      { line: 5, reason: 'grade-out-of-range' },
      { line: 6, reason: 'grade-out-of-range' },
    ]);
    expect(report.skipped[3]?.message).toBe('rating 4 is not a grade in 0..3');
    expect(qrelsToObject(qrels)).toEqual({ q: { g: 2 } });
  });

  it('skips rows with unknown doc ids, given a set or a predicate', () => {
    const csv = 'q,known,3\nq,ghost,2\n';
    expect(skippedOf(csv, { knownDocIds: new Set(['known']) })).toEqual([
      { line: 2, reason: 'unknown-doc-id' },
    ]);
    const byPredicate = parseQrelsCsv(csv, { knownDocIds: (id) => id.startsWith('k') });
    expect(byPredicate.report.skipped[0]?.message).toBe('unknown docid "ghost"');
    expect(qrelsToObject(byPredicate.qrels)).toEqual({ q: { known: 3 } });
  });

  it('skips a malformed CSV line without losing the lines after it', () => {
    const csv = 'q,"d1,3\nq,"d2"x,1\nq,d3\nq,d4,1,extra\n,d5,1\nq,,1\nq,d7,1\rq,d8,1\nq,d6,2\n';
    const { qrels, report } = parseQrelsCsv(csv);
    expect(report.skipped.map(({ line, reason, message }) => ({ line, reason, message }))).toEqual([
      { line: 1, reason: 'malformed-csv', message: 'malformed CSV (CSV_QUOTE_NOT_CLOSED)' },
      { line: 2, reason: 'malformed-csv', message: 'malformed CSV (CSV_INVALID_CLOSING_QUOTE)' },
      {
        line: 3,
        reason: 'wrong-field-count',
        message: 'expected 3 fields (query,docid,rating), got 2',
      },
      {
        line: 4,
        reason: 'wrong-field-count',
        message: 'expected 3 fields (query,docid,rating), got 4',
      },
      { line: 5, reason: 'empty-field', message: 'empty query' },
      { line: 6, reason: 'empty-field', message: 'empty docid' },
      { line: 7, reason: 'malformed-csv', message: 'malformed CSV (stray carriage return)' },
    ]);
    expect(qrelsToObject(qrels)).toEqual({ q: { d6: 2 } });
  });

  it('skips a line that is not valid UTF-8 and shows it with replacement characters', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('caf\u00e9,d1,2\n'),
      ...[0x63, 0x61, 0x66, 0xe9, 0x2c, 0x64, 0x32, 0x2c, 0x31, 0x0a], // "caf\xE9,d2,1": Latin-1 é
    ]);
    const { qrels, report } = parseQrelsCsv(bytes);
    expect(report.skipped).toEqual([
      { line: 2, reason: 'invalid-utf8', message: 'invalid UTF-8', text: 'caf\uFFFD,d2,1' },
    ]);
    expect(qrelsToObject(qrels)).toEqual({ 'caf\u00e9': { d1: 2 } });
  });

  it('flags an empty file: no input, only blank lines, or only the header', () => {
    for (const csv of ['', '\n\n', 'query,docid,rating\n']) {
      const { qrels, report } = parseQrelsCsv(csv);
      expect(report.emptyFile).toBe(true);
      expect(qrels.size).toBe(0);
    }
    // all rows bad is not an empty file
    expect(parseQrelsCsv('q,d,9\n').report.emptyFile).toBe(false);
  });

  it('reports queries with no relevant judgment, at the chosen threshold', () => {
    const csv = 'none,a,0\nnone,b,0\nmarginal,c,1\ngood,d,3\n';
    expect(parseQrelsCsv(csv).report.queriesWithoutRelevant).toEqual(['none']);
    expect(parseQrelsCsv(csv, { relevanceThreshold: 2 }).report.queriesWithoutRelevant).toEqual([
      'none',
      'marginal',
    ]);
  });
});

describe('parseQrelsCsvStream', () => {
  it('gives the same result when chunks split lines and multi-byte characters', async () => {
    const csv = 'query,docid,rating\r\ncaf\u00e9,d1,2\r\n\r\ncaf\u00e9,d1,3\r\nn\u00fcll,d2,0\r\n';
    const bytes = new TextEncoder().encode(csv);
    // 3-byte chunks cut through "\r\n" pairs and through the 2-byte "é" and "ü".
    const chunks = Array.from({ length: Math.ceil(bytes.length / 3) }, (_, i) =>
      bytes.subarray(i * 3, i * 3 + 3),
    );
    const streamed = await parseQrelsCsvStream(Readable.from(chunks));
    expect(streamed).toEqual(parseQrelsCsv(csv));
    expect(qrelsToObject(streamed.qrels)).toEqual({
      'caf\u00e9': { d1: 2 },
      'n\u00fcll': { d2: 0 },
    });
    expect(streamed.report.skipped.map((s) => s.reason)).toEqual(['blank-line', 'duplicate']);
  });

  it('accepts string chunks', async () => {
    const { qrels } = await parseQrelsCsvStream(
      Readable.from(['q,d', '1,3\nq,d2,', '1'], { objectMode: true }),
    );
    expect(qrelsToObject(qrels)).toEqual({ q: { d1: 3, d2: 1 } });
  });
});
