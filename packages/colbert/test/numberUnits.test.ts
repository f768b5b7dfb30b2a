import { describe, expect, it } from 'vitest';
import { anchoredMax, UNANCHORED, unitAnchors } from '../src/scoring/numberUnits.ts';
import { tokenIdMaxSim } from '../src/scoring/tokenIdMaxSim.ts';
import { offsetsOf } from '../src/index.ts';

// Ids 1–3 are numbers ("64", "32", "2"); 10 is "##gb", 11 "gb", 12 "usb", 13 "##m".
const NUMBERS = new Set([1, 2, 3]);
const isNumber = (id: number) => NUMBERS.has(id);
const tok = (id: number, text: string) => ({ id, text });

describe('unitAnchors', () => {
  it('anchors a piece that continues a number in the same word to that number', () => {
    // "usb 64gb" → usb, 64, ##gb
    const anchors = unitAnchors([tok(12, 'usb'), tok(1, '64'), tok(10, '##gb')], isNumber);
    expect([...anchors!]).toEqual([UNANCHORED, UNANCHORED, 1]);
    // "2m" → 2, ##m
    expect([...unitAnchors([tok(3, '2'), tok(13, '##m')], isNumber)!]).toEqual([UNANCHORED, 3]);
  });

  it('leaves a separate word after a number, a number piece and a piece after a word alone', () => {
    expect(unitAnchors([tok(1, '64'), tok(11, 'gb')], isNumber)).toBeNull(); // "64 gb"
    expect(unitAnchors([tok(1, '64'), tok(2, '##32')], isNumber)).toBeNull(); // "6432"
    expect(unitAnchors([tok(12, 'usb'), tok(10, '##gb')], isNumber)).toBeNull();
    expect(unitAnchors([tok(10, '##gb')], isNumber)).toBeNull();
  });
});

describe('anchoredMax', () => {
  const row = new Float32Array(14);
  row[10] = 1; // "##gb" itself
  row[11] = 0.75; // "gb"
  row[12] = 0.25; // "usb"
  row[1] = -0.5;

  it('counts a token right after the anchor as it is, any other at most 0', () => {
    // 32 ##gb usb 64 gb: "##gb" follows 32, not 64; "gb" follows 64.
    const ids = Int32Array.of(2, 10, 12, 1, 11);
    expect(anchoredMax(row, ids, 0, 5, 1)).toEqual({ value: 0.75, at: 4 });
    // anchored to 32, the "##gb" right after it is the best
    expect(anchoredMax(row, ids, 0, 5, 2)).toEqual({ value: 1, at: 1 });
    // anchored to "2" (absent): every token is capped at 0; "64" keeps its -0.5, the first 0 wins
    expect(anchoredMax(row, ids, 0, 5, 3)).toEqual({ value: 0, at: 0 });
  });

  it('does not let the first token of a document follow the previous document', () => {
    const ids = Int32Array.of(1, 1, 10, 10);
    expect(anchoredMax(row, ids, 1, 4, 1)).toEqual({ value: 1, at: 2 }); // 64 ##gb inside the range
    expect(anchoredMax(row, ids, 2, 4, 1).value).toBe(0); // its 64 belongs to the document before
  });
});

describe('tokenIdMaxSim with anchored query tokens', () => {
  // Query "64gb": rows for 64 (exact: 1 for itself, at most 0 for other numbers) and ##gb.
  const row64 = new Float32Array(14);
  row64[1] = 1;
  row64[11] = 0.125;
  const rowGb = new Float32Array(14);
  rowGb[10] = 1;
  rowGb[11] = 0.75;
  const rows = [row64, rowGb];
  const weights = Float32Array.of(2, 4);
  const anchors = Int32Array.of(UNANCHORED, 1);
  // usb 64 ##gb | usb 32 ##gb 64 | usb 64 gb | (empty)
  const docs = [[12, 1, 10], [12, 2, 10, 1], [12, 1, 11], []];
  const offsets = offsetsOf(docs.map((d) => d.length));
  const tokenIds = Int32Array.from(docs.flat());

  it('gives the unit its similarity only after the number, by hand', () => {
    const { scores } = tokenIdMaxSim(rows, weights, { offsets, tokenIds }, false, anchors);
    // 2·1 + 4·1; 2·1 + 4·0 ("##gb" follows 32); 2·1 + 4·0.75; empty
    expect([...scores]).toEqual([6, 2, 5, 0]);
    const unanchored = tokenIdMaxSim(rows, weights, { offsets, tokenIds }, false).scores;
    expect([...unanchored]).toEqual([6, 6, 5, 0]); // "32GB" matched "64gb" fully before
  });

  it('scores alike with and without explaining, and names the anchored best token', () => {
    const fast = tokenIdMaxSim(rows, weights, { offsets, tokenIds }, false, anchors);
    const explained = tokenIdMaxSim(rows, weights, { offsets, tokenIds }, true, anchors);
    expect([...explained.scores]).toEqual([...fast.scores]);
    expect([...explained.bestTokens![2]!]).toEqual([1, 2]); // 64 at 1, gb at 2
    expect(explained.bestSimilarities![1]![1]).toBe(0);
  });

  it('rejects anchors of another length', () => {
    expect(() =>
      tokenIdMaxSim(rows, weights, { offsets, tokenIds }, false, Int32Array.of(UNANCHORED)),
    ).toThrow(/anchors has 1 values, expected \[Lq=2\]/);
  });
});
