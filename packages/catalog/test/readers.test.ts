// The readers on their own: rows in file order, malformed rows in place, precise stopping points.
import { describe, expect, it } from 'vitest';
import type { MalformedFileError } from '../src/index.ts';
import { MAX_CSV_COLUMNS, readCsvRows } from '../src/source/csvReader.ts';
import { readJsonArrayRows } from '../src/source/jsonArrayReader.ts';
import { readJsonLinesRows } from '../src/source/jsonLinesReader.ts';
import type { SourceRow } from '../src/source/readPosition.ts';

async function* chunksOf(text: string, size: number) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect(rows: AsyncIterable<SourceRow>) {
  const out: SourceRow[] = [];
  try {
    for await (const row of rows) out.push(row);
  } catch (error) {
    return { rows: out, error: error as MalformedFileError };
  }
  return { rows: out };
}

const context = () => ({ file: 'f', position: { bytesRead: 0, rowsRead: 0 } });

describe('CSV reader', () => {
  it('keeps malformed rows in file order among good ones, whatever the chunking', async () => {
    const csv = 'id,title\n1,a\n2,b,extra\n\n3,"multi\nline"\n4,"bad "quote"\n5,e\n';
    for (const size of [1, 7, csv.length]) {
      const { rows } = await collect(readCsvRows(chunksOf(csv, size), context()));
      expect(rows.map((r) => ('record' in r ? `${r.row}:${r.record.id}` : `${r.row}:bad`))).toEqual(
        ['1:1', '2:bad', '3:3', '4:bad', '5:5'],
      );
      expect(rows[1]).toMatchObject({
        line: 3,
        malformed: 'does not have as many values as the header has columns',
      });
      expect(rows[2]).toMatchObject({ line: 6 });
      expect(rows[3]).toEqual({
        row: 4,
        line: 7,
        field: 'title',
        malformed: 'has a quote inside a quoted value that is not doubled ("")',
      });
    }
  });

  it('stops at a header that cannot be read, before any row', async () => {
    const header = await collect(readCsvRows(chunksOf('id,ti"tle\n1,a\n2,b\n', 100), context()));
    expect(header.rows).toEqual([]);
    expect(header.error?.message).toBe(
      'f is malformed: the header has a quote inside a value that does not start with one; put the whole value in quotes and double each quote inside it ("").',
    );
  });

  it('stops at a header with a duplicate or empty column name', async () => {
    const duplicate = await collect(readCsvRows(chunksOf('id,title,id\n1,a,2\n', 100), context()));
    expect(duplicate.error?.message).toBe(
      'f is malformed: the header names the column "id" twice.',
    );
    const empty = await collect(readCsvRows(chunksOf('id,,title\n', 100), context()));
    expect(empty.error?.message).toMatch(/column 2 of the header has no name/);
  });

  it('reads a header of the widest allowed size and refuses a wider one, naming the limit', async () => {
    const header = (width: number) =>
      ['id', 'title', ...Array.from({ length: width - 2 }, (_, i) => `attr.c${i}`)].join(',');
    const widest = await collect(
      readCsvRows(chunksOf(`${header(MAX_CSV_COLUMNS)}\n1,a\n`, 64 * 1024), context()),
    );
    expect(widest.error).toBeUndefined();
    expect(widest.rows).toHaveLength(1);

    // Comparing every name with every other froze the server for 10 s on 100,000 columns.
    const wide = await collect(
      readCsvRows(chunksOf(`${header(MAX_CSV_COLUMNS + 1)}\n1,a\n`, 64 * 1024), context()),
    );
    expect(wide.rows).toEqual([]);
    expect(wide.error?.message).toBe(
      'f is malformed: the header has 2,001 columns; at most 2,000 are read.',
    );
  });
});

describe('JSON array reader', () => {
  it('streams elements and flags non-objects as malformed rows', async () => {
    const { rows } = await collect(
      readJsonArrayRows(chunksOf('[{"id":1},7,{"id":2}]', 3), context()),
    );
    expect(rows).toEqual([
      { row: 1, record: { id: 1 } },
      { row: 2, malformed: 'is not a JSON object (got 7)' },
      { row: 3, record: { id: 2 } },
    ]);
  });

  it('tells a truncated file from a syntax error', async () => {
    const cut = context();
    cut.position.bytesRead = 19;
    const truncated = await collect(readJsonArrayRows(chunksOf('[{"id":1},{"id":', 4), cut));
    expect(truncated.rows).toHaveLength(1);
    expect(truncated.error?.message).toMatch(/the JSON ends unexpectedly at byte 19, after row 1/);
    const invalid = await collect(readJsonArrayRows(chunksOf('[{"id":1},{"id" 2}]', 3), context()));
    expect(invalid.rows).toHaveLength(1);
    expect(invalid.error?.message).toBe(
      "f is malformed: the JSON is invalid after row 1 and before byte 0 (Parser cannot parse input: expected ':').",
    );
  });
});

describe('JSON Lines reader', () => {
  it('numbers rows and lines, skipping blank lines', async () => {
    const { rows } = await collect(
      readJsonLinesRows(chunksOf('{"a":1}\r\n\n{oops\n  {"a":2}', 5), context()),
    );
    expect(rows).toEqual([
      { row: 1, line: 1, record: { a: 1 } },
      { row: 2, line: 3, malformed: expect.stringMatching(/^is not valid JSON/) },
      { row: 3, line: 4, record: { a: 2 } },
    ]);
  });
});
