// How pre-tokenizer pieces and model tokens spell normalised text. WordPiece tokens are text
// (continuations carry a '##' prefix); byte-level BPE tokens are UTF-8 bytes written with one
// printable character per byte (GPT-2's byte alphabet). Offsets need the text behind both.

export interface PieceSurface {
  /** The normalised text that a pre-tokenizer piece stands for. */
  pieceText(piece: string): string;
  /**
   * [start, end) pairs, in UTF-16 units of pieceText, of the text each token spells; null when the
   * tokens do not spell the piece out (an unknown token), so the caller gives each the whole piece.
   */
  tokenSpans(piece: string, pieceText: string, tokens: readonly string[]): Int32Array | null;
}

export interface Affixes {
  /** Prefix marking a token that continues a word (WordPiece '##'); null for none. */
  continuingPrefix: string | null;
  /** Suffix marking a token that ends a word (some BPE vocabularies); null for none. */
  endOfWordSuffix: string | null;
  unknownToken: string | null;
}

function stripAffixes(token: string, first: boolean, affixes: Affixes): string {
  let s = token;
  const { continuingPrefix, endOfWordSuffix } = affixes;
  if (!first && continuingPrefix && s.startsWith(continuingPrefix)) {
    s = s.slice(continuingPrefix.length);
  }
  if (endOfWordSuffix && s.endsWith(endOfWordSuffix)) s = s.slice(0, -endOfWordSuffix.length);
  return s;
}

/** Lays token surfaces end to end over a piece; null unless they spell it exactly. */
function layOut(
  piece: string,
  tokens: readonly string[],
  affixes: Affixes,
): { starts: number[]; ends: number[] } | null {
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === affixes.unknownToken) return null;
    const surface = stripAffixes(token, i === 0, affixes);
    if (surface.length === 0 || !piece.startsWith(surface, at)) return null;
    starts.push(at);
    ends.push(at + surface.length);
    at += surface.length;
  }
  return at === piece.length ? { starts, ends } : null;
}

function interleave(starts: readonly number[], ends: readonly number[]): Int32Array {
  const spans = new Int32Array(starts.length * 2);
  starts.forEach((s, i) => {
    spans[2 * i] = s;
    spans[2 * i + 1] = ends[i]!;
  });
  return spans;
}

/** Pieces and tokens are plain normalised text (BERT WordPiece, BPE without a byte alphabet). */
export function textSurface(affixes: Affixes): PieceSurface {
  return {
    pieceText: (piece) => piece,
    tokenSpans(piece, _pieceText, tokens) {
      const laid = layOut(piece, tokens, affixes);
      return laid && interleave(laid.starts, laid.ends);
    },
  };
}

/** GPT-2's byte alphabet: printable Latin-1 bytes stand for themselves, the rest move to 256+. */
function byteAlphabet(): { charOfByte: string[]; byteOfChar: Map<string, number> } {
  const printable = (b: number) =>
    (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
  const charOfByte: string[] = [];
  let shifted = 0;
  for (let b = 0; b < 256; b++) {
    charOfByte.push(String.fromCharCode(printable(b) ? b : 256 + shifted++));
  }
  return { charOfByte, byteOfChar: new Map(charOfByte.map((c, b) => [c, b])) };
}

/** Pieces and tokens are UTF-8 bytes in GPT-2's byte alphabet (byte-level BPE, e.g. ModernBERT). */
export function byteLevelSurface(affixes: Affixes): PieceSurface {
  const { byteOfChar } = byteAlphabet();
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  return {
    pieceText(piece) {
      return decoder.decode(Uint8Array.from(piece, (c) => byteOfChar.get(c) ?? 0x3f));
    },
    tokenSpans(piece, pieceText, tokens) {
      const laid = layOut(piece, tokens, affixes);
      if (!laid) return null;
      // A token may end inside a multi-byte character: it then covers that whole character.
      const unitOfByteStart: number[] = [];
      const unitOfByteEnd: number[] = [];
      let unit = 0;
      for (const ch of pieceText) {
        const bytes = encoder.encode(ch).length;
        for (let b = 0; b < bytes; b++) {
          unitOfByteStart.push(unit);
          unitOfByteEnd.push(unit + ch.length);
        }
        unit += ch.length;
      }
      return interleave(
        laid.starts.map((b) => unitOfByteStart[b] ?? unit),
        laid.ends.map((b) => unitOfByteEnd[b - 1] ?? unit),
      );
    },
  };
}
