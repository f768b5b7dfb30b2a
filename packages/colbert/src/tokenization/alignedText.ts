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

/** A normalised word, with each unit's span relative to the word's start. */
interface AlignedWord {
  text: string;
  start: Int32Array;
  end: Int32Array;
}

const WHITESPACE = /\s/;
/** Memoised words per normaliser; catalogs repeat their vocabulary, so this stays small. */
const MAX_CACHED_WORDS = 100_000;

export class AlignedNormalizer {
  readonly #normalize: (text: string) => string;
  readonly #codePoints = new Map<string, string>();
  readonly #words = new Map<string, AlignedWord>();

  constructor(normalize: (text: string) => string) {
    this.#normalize = normalize;
  }

  /**
   * Normalises original[from, to), mapping every output unit back to the original.
   *
   * Each code point is normalised alone to get a per-character map. Each whitespace-free word is
   * also normalised whole; when both agree (the usual case) the per-character map is exact. When
   * they differ, the normaliser looked at context (e.g. Greek final sigma), and every unit of that
   * word is mapped to the whole word: coarser, never wrong. Whitespace is always per character.
   */
  normalize(original: string, from: number, to: number): AlignedText {
    let text = '';
    const start: number[] = [];
    const end: number[] = [];
    let at = from;
    while (at < to) {
      const wordStart = skipWhitespace(original, at, to);
      for (let i = at; i < wordStart; i++) {
        const normalized = this.#codePoint(original[i]!);
        text += normalized;
        for (let u = 0; u < normalized.length; u++) {
          start.push(i);
          end.push(i + 1);
        }
      }
      const wordEnd = endOfWord(original, wordStart, to);
      if (wordEnd > wordStart) {
        const word = this.#word(original.slice(wordStart, wordEnd));
        text += word.text;
        for (let u = 0; u < word.text.length; u++) {
          start.push(wordStart + word.start[u]!);
          end.push(wordStart + word.end[u]!);
        }
      }
      at = wordEnd;
    }
    return { text, start: Int32Array.from(start), end: Int32Array.from(end) };
  }

  #codePoint(cp: string): string {
    let normalized = this.#codePoints.get(cp);
    if (normalized === undefined) {
      normalized = this.#normalize(cp);
      this.#codePoints.set(cp, normalized);
    }
    return normalized;
  }

  #word(word: string): AlignedWord {
    let aligned = this.#words.get(word);
    if (aligned === undefined) {
      aligned = this.#alignWord(word);
      if (this.#words.size >= MAX_CACHED_WORDS) this.#words.clear();
      this.#words.set(word, aligned);
    }
    return aligned;
  }

  #alignWord(word: string): AlignedWord {
    const whole = this.#normalize(word);
    let perCodePoint = '';
    const start: number[] = [];
    const end: number[] = [];
    for (let i = 0; i < word.length;) {
      const cp = String.fromCodePoint(word.codePointAt(i)!);
      const normalized = this.#codePoint(cp);
      perCodePoint += normalized;
      for (let u = 0; u < normalized.length; u++) {
        start.push(i);
        end.push(i + cp.length);
      }
      i += cp.length;
    }
    if (perCodePoint === whole)
      return { text: whole, start: Int32Array.from(start), end: Int32Array.from(end) };
    return {
      text: whole,
      start: new Int32Array(whole.length),
      end: new Int32Array(whole.length).fill(word.length),
    };
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
