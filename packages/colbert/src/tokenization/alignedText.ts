// Normalisation with a map back to the original text. Tokenizer normalizers (lowercasing, accent
// stripping, control-character removal, spaces around CJK) return a new string and forget where
// each character came from; offsets for highlighting need that link, so it is rebuilt here.

/** Normalised text plus, for each of its UTF-16 units, the original span it came from. */
export interface AlignedText {
  text: string;
  /** start[i]..end[i] is the span of the original text that produced text[i]. */
  start: Int32Array;
  end: Int32Array;
}

const WHITESPACE = /\s/;

/**
 * Normalises original[from, to), mapping every output unit back to the original.
 *
 * Each code point is normalised alone (cached) to get a per-character map. Each whitespace-free
 * word is also normalised whole; when both agree (the usual case) the per-character map is exact.
 * When they differ, the normaliser looked at context (e.g. Greek final sigma), and every unit of
 * that word is mapped to the whole word: coarser, never wrong. Whitespace is always per character.
 */
export function normalizeAligned(
  original: string,
  from: number,
  to: number,
  normalize: (text: string) => string,
  codePointCache: Map<string, string>,
): AlignedText {
  const out: Aligning = { text: '', start: [], end: [] };
  let at = from;
  while (at < to) {
    const wordStart = skipWhitespace(original, at, to);
    appendPerCodePoint(original, at, wordStart, normalize, codePointCache, out);
    const wordEnd = endOfWord(original, wordStart, to);
    const word: Aligning = { text: '', start: [], end: [] };
    appendPerCodePoint(original, wordStart, wordEnd, normalize, codePointCache, word);
    const whole = normalize(original.slice(wordStart, wordEnd));
    const exact = word.text === whole;
    out.text += whole;
    for (let u = 0; u < whole.length; u++) {
      out.start.push(exact ? word.start[u]! : wordStart);
      out.end.push(exact ? word.end[u]! : wordEnd);
    }
    at = wordEnd;
  }
  return { text: out.text, start: Int32Array.from(out.start), end: Int32Array.from(out.end) };
}

interface Aligning {
  text: string;
  start: number[];
  end: number[];
}

function appendPerCodePoint(
  original: string,
  from: number,
  to: number,
  normalize: (text: string) => string,
  cache: Map<string, string>,
  out: Aligning,
): void {
  for (let i = from; i < to;) {
    const cp = String.fromCodePoint(original.codePointAt(i)!);
    let normalized = cache.get(cp);
    if (normalized === undefined) {
      normalized = normalize(cp);
      cache.set(cp, normalized);
    }
    for (let u = 0; u < normalized.length; u++) {
      out.start.push(i);
      out.end.push(i + cp.length);
    }
    out.text += normalized;
    i += cp.length;
  }
}

function skipWhitespace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && WHITESPACE.test(text[i]!)) i++;
  return i;
}

function endOfWord(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && !WHITESPACE.test(text[i]!)) i++;
  return i;
}

/**
 * Where to cut a long text into independently tokenised windows: the first chunk boundary at or
 * after `from + minLength` whose next chunk starts with a plain space. Pre-tokenizers (BERT's, and
 * byte-level BPE's regex) never join pieces across such a boundary, so windows tokenise exactly as
 * the whole text would, and truncation can stop early on very long texts.
 */
export function nextWindowEnd(text: string, from: number, minLength: number): number {
  let i = from + minLength;
  if (i >= text.length) return text.length;
  while (i < text.length) {
    if (text[i] === ' ' && !WHITESPACE.test(text[i - 1]!)) return i;
    i++;
  }
  return text.length;
}
