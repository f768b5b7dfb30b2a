import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_DIR } from '../src/index.ts';
import { TextTokenizer } from '../src/tokenization/textTokenizer.ts';
import { byteLevelTokenizerJson } from './helpers/byteLevelTokenizer.ts';
import { catalogSample } from './helpers/catalogSample.ts';

const wordPieceJson = JSON.parse(readFileSync(join(DEFAULT_MODEL_DIR, 'tokenizer.json'), 'utf8'));
const wordPiece = new TextTokenizer(wordPieceJson);
const library = new Tokenizer(wordPieceJson, {});
const normalize = (s: string) => library.normalizer!(s);

const ADVERSARIAL = [
  '',
  '...!!!',
  'Hello, World! Café ÜBER',
  'ΟΔΟΣ ΣΑΣ', // final sigma: lowercasing depends on the neighbours
  '日本語テキスト and 中文', // CJK characters become words of their own
  'emoji 👍🏽 test 🇩🇪',
  'שלום עולם مرحبا بالعالم', // right-to-left scripts
  'e\u0301 combining a\u0308\u0304 marks',
  'nul\u0000char\u0007 bell\u001b[31m escape',
  'soft\u00adhyphen zero\u200bwidth\u200djoiner \ufeffbom',
  '  leading\ttabs\n\nnewlines  ',
  'supercalifragilisticexpialidocious'.repeat(5),
  'x'.repeat(101),
  'Ⅻ ﬁ ① ＡＢＣ', // compatibility characters
  '\ud800 lone surrogate',
];

describe('TextTokenizer on a WordPiece tokenizer.json', () => {
  it.each(ADVERSARIAL)('gives the library ids for %j', (text) => {
    const ids = wordPiece.tokenize(text, Infinity).map((t) => t.id);
    expect(ids).toEqual(library.encode(text, { add_special_tokens: false }).ids);
  });

  it('gives the library ids on catalog texts', async () => {
    for (const text of await catalogSample()) {
      expect(
        wordPiece.tokenize(text, Infinity).map((t) => t.id),
        text,
      ).toEqual(library.encode(text, { add_special_tokens: false }).ids);
    }
  });

  it('maps every token to the original characters it came from', () => {
    const text = 'Hello, World! Café ÜBER\tdesk';
    const spans = wordPiece
      .tokenize(text, Infinity)
      .map((t) => [t.text, text.slice(t.start, t.end)]);
    expect(spans).toEqual([
      ['hello', 'Hello'],
      [',', ','],
      ['world', 'World'],
      ['!', '!'],
      ['cafe', 'Café'],
      ['uber', 'ÜBER'],
      ['desk', 'desk'],
    ]);
  });

  it('splits offsets inside words and spans removed characters', () => {
    const text = 'ProBook nul\u0000ch';
    const spans = wordPiece.tokenize(text, Infinity).map((t) => [t.text, t.start, t.end]);
    expect(spans).toEqual([
      ['pro', 0, 3],
      ['##book', 3, 7],
      ['nu', 8, 10],
      ['##lch', 10, 14],
    ]);
  });

  it('keeps offsets consistent on catalog and adversarial texts', async () => {
    for (const text of [...ADVERSARIAL, ...(await catalogSample())]) {
      let previousStart = 0;
      for (const token of wordPiece.tokenize(text, Infinity)) {
        expect(token.start).toBeGreaterThanOrEqual(previousStart);
        expect(token.end).toBeGreaterThan(token.start);
        expect(token.end).toBeLessThanOrEqual(text.length);
        if (token.text !== '[UNK]') {
          expect(normalize(text.slice(token.start, token.end))).toContain(
            token.text.replace(/^##/, ''),
          );
        }
        previousStart = token.start;
      }
    }
  });

  it('gives a context-dependent word (final sigma) the whole word as its span', () => {
    const spans = wordPiece.tokenize('ΟΔΟΣ ΣΑΣ', Infinity).map((t) => [t.start, t.end]);
    expect(spans).toEqual([
      [0, 4],
      [0, 4],
      [0, 4],
      [5, 8],
      [5, 8],
      [5, 8],
    ]);
  });

  it('tokenises special-token strings in text as plain text', () => {
    expect(wordPiece.tokenize('[SEP] [MASK]', Infinity).map((t) => t.text)).toEqual([
      '[',
      'sep',
      ']',
      '[',
      'mask',
      ']',
    ]);
  });

  it('stops at maxTokens, even on very long texts, with the same prefix', () => {
    const long = 'Laptop bag, 15.6 inch, black polyester. '.repeat(3000); // 120,000 characters
    const all = wordPiece.tokenize(long.slice(0, 2000), Infinity);
    const first = wordPiece.tokenize(long, 100);
    expect(first).toHaveLength(100);
    expect(first).toEqual(all.slice(0, 100));
  });

  it('tokenises a long text in windows exactly like in one piece', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `word${i}\t,x  `).join('');
    expect(long.length).toBeGreaterThan(4096 * 3);
    expect(wordPiece.tokenize(long, Infinity).map((t) => t.id)).toEqual(
      library.encode(long, { add_special_tokens: false }).ids,
    );
  });
});

describe('TextTokenizer on a byte-level BPE tokenizer.json', () => {
  const json = byteLevelTokenizerJson();
  const bpe = new TextTokenizer(json);
  const bpeLibrary = new Tokenizer(json, {});

  it.each(['hello world', 'héllo wörld 👍', ' two  spaces\tand\ttabs ', 'ΟΔΟΣ', ''])(
    'gives the library ids for %j',
    (text) => {
      expect(bpe.tokenize(text, Infinity).map((t) => t.id)).toEqual(
        bpeLibrary.encode(text, { add_special_tokens: false }).ids,
      );
    },
  );

  it('maps byte tokens back to characters; a token inside a character covers the character', () => {
    const text = 'héllo world 👍';
    const spans = bpe.tokenize(text, Infinity).map((t) => text.slice(t.start, t.end));
    // 'hÃ' is h plus the first byte of é, '©' the second byte; the emoji is four byte tokens.
    expect(spans).toEqual(['hé', 'é', 'llo', ' world', ' ', '👍', '👍', '👍', '👍']);
  });
});

describe('TextTokenizer on a byte-level BPE with add_prefix_space (RoBERTa style)', () => {
  const json = byteLevelTokenizerJson();
  json.pre_tokenizer = {
    type: 'ByteLevel',
    add_prefix_space: true,
    trim_offsets: true,
    use_regex: true,
  };
  const bpe = new TextTokenizer(json);
  const bpeLibrary = new Tokenizer(json, {});

  it('gives the library ids, and no offsets to the space it invents', () => {
    const text = 'world hello';
    const tokens = bpe.tokenize(text, Infinity);
    expect(tokens.map((t) => t.id)).toEqual(
      bpeLibrary.encode(text, { add_special_tokens: false }).ids,
    );
    expect(tokens.map((t) => (t.start < 0 ? null : text.slice(t.start, t.end)))).toEqual([
      'world', // 'Ġworld': the invented space is not part of the span
      ' ',
      'h',
      'e',
      'llo',
    ]);
  });
});

describe('unsupported tokenizers', () => {
  it('names the component that cannot be tracked', () => {
    const json = {
      ...wordPieceJson,
      normalizer: { type: 'Precompiled', precompiled_charsmap: '' },
    };
    expect(() => new TextTokenizer(json)).toThrow(/normalizer Precompiled is not supported/);
    expect(() => new TextTokenizer({ ...wordPieceJson, model: { type: 'Unigram' } })).toThrow(
      /model Unigram/,
    );
  });
});
