import { describe, expect, it } from 'vitest';
import { ASCII_PUNCTUATION, parseModelConfig } from '../src/index.ts';

describe('parseModelConfig', () => {
  it("fills ColBERT's defaults around the three required fields", () => {
    expect(parseModelConfig({ name: 'm', kind: 'contextual', dim: 96 })).toEqual({
      name: 'm',
      kind: 'contextual',
      dim: 96,
      outputName: 'embeddings',
      normalize: true,
      addSpecialTokens: true,
      specialTokens: { cls: '[CLS]', sep: '[SEP]', mask: '[MASK]', pad: '[PAD]' },
      query: {
        maxLength: 32,
        marker: '[unused0]',
        augmentWithMask: true,
        attendToMaskTokens: false,
        tokenWeighting: 'none',
      },
      document: { maxLength: 180, marker: '[unused1]', skiplist: ASCII_PUNCTUATION },
    });
    expect(ASCII_PUNCTUATION).toHaveLength(32);
  });

  it('keeps given values, null markers included', () => {
    const config = parseModelConfig({
      name: 'm',
      kind: 'static',
      dim: 8,
      query: { marker: null, tokenWeighting: 'norm' },
    });
    expect(config.query).toMatchObject({ marker: null, tokenWeighting: 'norm', maxLength: 32 });
  });

  it('names the offending field', () => {
    expect(() => parseModelConfig({ name: 'm', kind: 'dense', dim: 8 })).toThrow(
      /"kind" must be "static" or "contextual", got "dense"/,
    );
    expect(() =>
      parseModelConfig({ name: 'm', kind: 'static', dim: 8, query: { maxlength: 3 } }),
    ).toThrow(/unknown field "query.maxlength"/);
    expect(() => parseModelConfig({ name: 'm', kind: 'static', dim: 0 })).toThrow(
      /"dim" must be a positive integer/,
    );
    expect(() => parseModelConfig([])).toThrow(/JSON object/);
  });
});
