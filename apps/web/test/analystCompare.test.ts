import { describe, expect, it } from 'vitest';
import {
  configuration,
  parseConfigurationToken,
  toConfigurationToken,
  toSearchConfiguration,
} from '../src/lib/analyst/configuration';
import {
  compareRunQuery,
  parseCompareState,
  serializeCompareState,
  toCompareInput,
  type CompareState,
} from '../src/lib/analyst/compareState';
import { fromDraft, toDraft } from '../src/lib/analyst/compareDraft';
import { movementOf } from '../src/lib/analyst/movement';
import { ratingKeyAction } from '../src/lib/analyst/ratingKeys';
import type { StoreInfo } from '../src/lib/storefront/apiTypes';

const store: StoreInfo = {
  slug: 'demo',
  name: 'Demo',
  currency: 'USD',
  facetAttributes: [{ name: 'attr_t_colour', label: 'Colour', kind: 'text' }],
};
const parse = (query: string) => parseCompareState(new URLSearchParams(query), store);

describe('configuration tokens', () => {
  it('round-trip every kind of configuration', () => {
    const configurations = [
      configuration('lexical'),
      { ...configuration('colbert'), rerankDepth: 50 },
      { ...configuration('hybrid'), hybridWeight: 0.35, indexVersionId: 12 },
      { ...configuration('hybrid'), fusion: 'rrf' as const, rerankDepth: 100 },
      { ...configuration('hybrid'), titleLengthPrior: 0 },
      { ...configuration('hybrid'), meaningCandidates: 100 },
      { ...configuration('colbert'), meaningCandidates: 1000, indexVersionId: 3 },
      { ...configuration('hybrid'), productTypeIntent: false },
    ];
    const tokens = configurations.map(toConfigurationToken);
    expect(tokens).toEqual([
      'lexical',
      'colbert-k50',
      'hybrid-w0.35-k200-v12',
      'hybrid-rrf-k100',
      'hybrid-w0.7-p0-k200',
      'hybrid-w0.7-k200-m100',
      'colbert-k200-m1000-v3',
      'hybrid-w0.7-k200-t0',
    ]);
    expect(tokens.map(parseConfigurationToken)).toEqual(configurations);
  });

  it('refuses malformed or out-of-range tokens', () => {
    for (const token of [
      'bm25',
      'lexical-k10',
      'colbert-w0.5',
      'hybrid-w1.5',
      'hybrid-w0.7-p2',
      'hybrid-rrf-p0',
      'colbert-p0',
      'colbert-k5000',
      'colbert-v0',
      'hybrid-x',
      'lexical-m100',
      'colbert-m1001',
      'colbert-m-5',
      'colbert-m1.5',
      'colbert-m',
      'lexical-t0',
      'colbert-t2',
    ]) {
      expect(parseConfigurationToken(token), token).toBeNull();
    }
  });

  it('reads tokens written before candidates by meaning and type intent with their defaults', () => {
    expect(parseConfigurationToken('hybrid-w0.7-p0-k200')).toEqual({
      profile: 'hybrid',
      fusion: 'weighted',
      hybridWeight: 0.7,
      titleLengthPrior: 0,
      rerankDepth: 200,
      meaningCandidates: 0,
      productTypeIntent: true,
      indexVersionId: null,
    });
    expect(parseConfigurationToken('colbert-k200-m0')).toEqual(configuration('colbert'));
    expect(toConfigurationToken(configuration('hybrid'))).toBe('hybrid-w0.7-k200');
  });

  it('sends lexical rankings without the settings that do not apply to them', () => {
    expect(toSearchConfiguration({ ...configuration('lexical'), indexVersionId: 3 })).toEqual({
      profile: 'lexical',
    });
  });

  it('sends the title-length prior with weighted hybrid rankings only', () => {
    const weighted = toSearchConfiguration({ ...configuration('hybrid'), titleLengthPrior: 0 });
    expect(weighted).toMatchObject({ fusion: 'weighted', titleLengthPrior: 0 });
    const rrf = toSearchConfiguration({ ...configuration('hybrid'), fusion: 'rrf' });
    expect(rrf).not.toHaveProperty('titleLengthPrior');
  });

  it('sends candidates by meaning with reranking profiles only', () => {
    const meaning = { meaningCandidates: 100 };
    expect(toSearchConfiguration({ ...configuration('colbert'), ...meaning })).toMatchObject(
      meaning,
    );
    expect(toSearchConfiguration({ ...configuration('lexical'), ...meaning })).toEqual({
      profile: 'lexical',
    });
  });
});

describe('comparison in the URL', () => {
  it('round-trips query, rankings, judgment set, depth and filters', () => {
    const state: CompareState = {
      q: 'wireless mouse',
      configurations: [configuration('lexical'), configuration('colbert'), configuration('hybrid')],
      setId: 4,
      depth: 50,
      filters: {
        brands: ['HP'],
        price: { min: 10, max: undefined },
        availability: ['in_stock'],
        attributes: { attr_t_colour: { kind: 'text', values: ['Black'] } },
      },
    };
    const query = serializeCompareState(state).toString();
    expect(query).toBe(
      'q=wireless+mouse&c=lexical&c=colbert-k200&c=hybrid-w0.7-k200&set=4&depth=50' +
        '&brand=HP&price=10..&availability=in_stock&f.attr_t_colour=Black',
    );
    expect(parse(query)).toEqual({ state, ignored: [] });
  });

  it('fills up to two rankings, keeps at most three, and names what it left out', () => {
    const one = parse('q=x&c=colbert-k100');
    expect(one.state.configurations.map(toConfigurationToken)).toEqual(['colbert-k100', 'lexical']);
    const many = parse(
      'q=x&c=lexical&c=colbert-k1&c=colbert-k2&c=colbert-k3&c=nonsense&set=abc&depth=7',
    );
    expect(many.state.configurations.map(toConfigurationToken)).toEqual([
      'lexical',
      'colbert-k1',
      'colbert-k2',
    ]);
    expect(many.state.setId).toBeNull();
    expect(many.state.depth).toBe(20);
    expect(many.ignored).toEqual([
      'a ranking configuration that could not be read',
      'rankings beyond the first 3',
      'the judgment set',
      'the number of hits per ranking',
    ]);
  });

  it('builds the API input with prices in minor units, and none without a query', () => {
    const { state } = parse('q=+mouse+&c=lexical&c=hybrid-rrf-k100&set=2&price=..49.99');
    expect(toCompareInput(state, store)).toEqual({
      store: 'demo',
      q: 'mouse',
      filters: { price: { min: undefined, max: 4999 } },
      configurations: [
        { profile: 'lexical' },
        {
          profile: 'hybrid',
          fusion: 'rrf',
          hybridWeight: 0.7,
          rerankDepth: 100,
          meaningCandidates: 0,
          productTypeIntent: true,
          indexVersionId: null,
        },
      ],
      depth: 20,
      judgmentSetId: 2,
    });
    expect(toCompareInput(parse('c=lexical').state, store)).toBeNull();
  });
});

describe('movement against the first ranking', () => {
  it('marks gains, losses, newcomers and the baseline', () => {
    expect(movementOf(3, false)).toMatchObject({ kind: 'up', mark: '↑3' });
    expect(movementOf(-1, false)).toMatchObject({
      kind: 'down',
      mark: '↓1',
      description: '1 place lower than in the first ranking',
    });
    expect(movementOf(0, false).kind).toBe('same');
    expect(movementOf(null, false)).toMatchObject({ kind: 'new', mark: 'new' });
    expect(movementOf(null, true)).toMatchObject({ kind: 'baseline', mark: '' });
  });
});

describe('rating keys', () => {
  const key = (
    k: string,
    modifiers: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {},
  ) => ratingKeyAction({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...modifiers });

  it('moves with arrows and j/k/h/l, rates with 0–3, clears with Delete', () => {
    expect(key('j')).toEqual({ type: 'move', by: 1 });
    expect(key('ArrowUp')).toEqual({ type: 'move', by: -1 });
    expect(key('l')).toEqual({ type: 'column', by: 1 });
    expect(key('End')).toEqual({ type: 'edge', to: 'last' });
    expect(key('3')).toEqual({ type: 'rate', grade: 3 });
    expect(key('0')).toEqual({ type: 'rate', grade: 0 });
    expect(key('Delete')).toEqual({ type: 'rate', grade: null });
  });

  it('leaves other keys and shortcuts with modifiers to the browser', () => {
    expect(key('4')).toBeNull();
    expect(key('Enter')).toBeNull();
    expect(key('constructor')).toBeNull();
    expect(key('1', { ctrlKey: true })).toBeNull();
    expect(key('l', { metaKey: true })).toBeNull();
  });
});

describe('compare form', () => {
  it('turns typed brands and prices into filters, and back', () => {
    const { state } = parse('q=mouse&c=lexical&c=colbert-k200&brand=HP&brand=Logitech&price=5..');
    const draft = toDraft(state);
    expect([draft.brands, draft.priceMin, draft.priceMax]).toEqual(['HP, Logitech', '5', '']);
    const edited = fromDraft({ ...draft, brands: ' Logitech ,, HP, Logitech', priceMax: '49.5' });
    expect(edited.state?.filters).toMatchObject({
      brands: ['Logitech', 'HP'],
      price: { min: 5, max: 49.5 },
    });
  });

  it('refuses negative, non-numeric or inverted prices', () => {
    const draft = toDraft(parse('q=x').state);
    expect(fromDraft({ ...draft, priceMin: '-1' }).problem).toMatch(/positive/);
    expect(fromDraft({ ...draft, priceMin: 'ten' }).problem).toMatch(/positive/);
    expect(fromDraft({ ...draft, priceMin: '20', priceMax: '10' }).problem).toMatch(/above/);
  });
});

describe('a run query opened in Compare', () => {
  const run = {
    judgmentSet: { id: 7 },
    configurations: [
      { profile: 'lexical' as const },
      {
        profile: 'hybrid' as const,
        fusion: 'weighted' as const,
        hybridWeight: 0.5,
        rerankDepth: 100,
      },
      { profile: 'colbert' as const, rerankDepth: 50, meaningCandidates: 100, indexVersionId: 3 },
      { profile: 'hybrid' as const, fusion: 'rrf' as const, rerankDepth: 200 },
    ],
  };

  it('carries the query, the judgment set and the first three configurations', () => {
    const params = serializeCompareState(compareRunQuery(run, 'usb stick 64gb'));
    expect(params.get('q')).toBe('usb stick 64gb');
    expect(params.get('set')).toBe('7');
    // A run kept before candidates by meaning has none (hybrid-w0.5-k100).
    expect(params.getAll('c')).toEqual(['lexical', 'hybrid-w0.5-k100', 'colbert-k50-m100-v3']);
    // …and Compare reads the link back as the same comparison.
    const { state, ignored } = parse(params.toString());
    expect(ignored).toEqual([]);
    expect(serializeCompareState(state).toString()).toBe(params.toString());
  });
});
