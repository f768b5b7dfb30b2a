import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { loadOnce } from '../src/routers/loadOnce.ts';
import { apiTransformer, isPlainJson } from '../src/transformer.ts';

class Point {
  constructor(readonly x: number) {}
}

describe('apiTransformer', () => {
  const plain = {
    hits: [{ id: 'p1', scores: { lexical: null, maxSim: 0.5 }, spans: [{ start: 0, end: 3 }] }],
    total: 1,
    ok: true,
    notices: [],
    unicode: 'ünïcödé 🛒',
    bare: Object.assign(Object.create(null) as object, { a: 1 }),
  };

  it('tells plain JSON from values only SuperJSON restores', () => {
    expect(isPlainJson(plain)).toBe(true);
    for (const value of [
      { at: new Date(0) },
      { missing: undefined },
      [1, undefined],
      [1, , 3], // eslint-disable-line no-sparse-arrays
      { n: Number.NaN },
      { n: Infinity },
      { n: -0 },
      { big: 1n },
      { set: new Set([1]) },
      { map: new Map([[1, 2]]) },
      { point: new Point(1) },
      () => 1,
    ]) {
      expect(isPlainJson(value), JSON.stringify(String(value))).toBe(false);
    }
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100; i++) deep = { deep };
    expect(isPlainJson(deep)).toBe(false); // too deep to walk here: SuperJSON takes it
  });

  it('sends plain answers as SuperJSON would, and the rest through SuperJSON', () => {
    const fast = apiTransformer.serialize(plain);
    expect(fast).toEqual({ json: plain });
    expect(JSON.stringify(fast)).toBe(JSON.stringify(superjson.serialize(plain)));
    expect(superjson.deserialize(JSON.parse(JSON.stringify(fast)))).toEqual(plain);

    const rich = { at: new Date(86_400_000), ids: new Set(['a']), skipped: undefined };
    const sent = JSON.parse(JSON.stringify(apiTransformer.serialize(rich)));
    expect(sent.meta).toBeDefined();
    const received = apiTransformer.deserialize(sent) as typeof rich;
    expect(received.at).toEqual(new Date(86_400_000));
    expect(received.ids).toEqual(new Set(['a']));
    expect('skipped' in received).toBe(true);
  });
});

describe('loadOnce', () => {
  it('loads a module on first use, keeps it, and tries again after a failure', async () => {
    let calls = 0;
    const load = loadOnce(async () => {
      calls++;
      if (calls === 1) throw new Error('disk hiccup');
      return { handler: () => calls };
    });
    await expect(load()).rejects.toThrow('disk hiccup');
    const first = await load();
    expect(await load()).toBe(first);
    expect(calls).toBe(2);
  });
});
