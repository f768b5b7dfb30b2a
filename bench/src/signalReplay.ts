// Ranking signals inside MaxSim, replayed offline (issue 23, item 1; BENCHMARKS.md, "Ranking signals
// inside MaxSim"). Each dev query's K = 200 first-stage candidates are fetched once; every product's
// text is tokenised again, so each token's field and offsets are known; each signal then weights
// document tokens (Σ_i w_i · max_j d_j · cos(q_i, t_j)) or query tokens, and the product's own
// rankByProfile fuses the scores. Prints, per signal, nDCG@10 of the default profile and of MaxSim
// order, queries won and lost against no signal, and the two-fold cross-validation of each family.
// Run: DATABASE_URL=… npx tsx bench/src/signalReplay.ts (the quality bench's database).
import { readFile } from 'node:fs/promises';
import { DEFAULT_MODEL_DIR, loadModel, type ColbertModel } from '@shopsearch/colbert';
import { evaluateRun, parseQrelsCsv, twoFoldCrossValidation } from '@shopsearch/eval';
import {
  DEFAULT_HYBRID_WEIGHT,
  DEFAULT_TITLE_LENGTH_PRIOR,
  documentFields,
  documentText,
  rankByProfile,
  type RankingProfile,
} from '@shopsearch/search';
import { icecatPlatform, JUDGMENTS_FILE } from './icecatPlatform.ts';

interface ReplayToken {
  id: number;
  text: string;
  field: 'title' | 'brand' | 'description';
}
interface ReplayProduct {
  attributes: Record<string, unknown>;
  titleWords: number;
  tokens: ReplayToken[];
}
interface ReplayQuery {
  ids: number[];
  texts: string[];
  weights: number[];
}
interface Signal {
  family: string;
  label: string;
  document?: (p: ReplayProduct) => number[];
  query?: (q: ReplayQuery, candidates: readonly string[]) => number[];
}

// Mirrors the token-id path: a number token matches no other number (numberTokens.ts).
const NUMBER = /^(?:##)?\d+(?:[.,]\d+)?$/u;
const PROFILES: Record<'default' | 'colbert', RankingProfile> = {
  default: {
    name: 'hybrid',
    fusion: 'weighted',
    weight: DEFAULT_HYBRID_WEIGHT,
    titleLengthPrior: DEFAULT_TITLE_LENGTH_PRIOR,
  },
  colbert: { name: 'colbert' },
};

const { platform, storeId } = await icecatPlatform();
const { qrels } = parseQrelsCsv(await readFile(JUDGMENTS_FILE, 'utf8'));
const candidates = new Map<string, { productId: string; lexicalScore: number | null }[]>();
for (const text of qrels.keys()) {
  const response = await platform.services.search.search({
    storeId,
    text,
    filters: {},
    sort: 'relevance',
    page: 0,
    pageSize: 200,
    profile: { name: 'lexical' },
    rerankDepth: 200,
    recordEvent: false,
  });
  candidates.set(
    text,
    response.hits.map((h) => ({ productId: h.product.id, lexicalScore: h.scores.lexical })),
  );
}
const ids = [...new Set([...candidates.values()].flat().map((c) => c.productId))];
const rows = await platform.db.prisma.product.findMany({
  where: { storeId, id: { in: ids } },
  select: { id: true, title: true, brand: true, description: true, attributes: true },
});
const titleWords = await platform.db.prisma.$queryRaw<
  { product_id: string; title_words: number }[]
>`
  SELECT e.product_id, e.title_words FROM product_embedding e
  JOIN index_version v ON v.id = e.index_version_id
  WHERE v.state = 'active' AND e.store_id = ${storeId} AND e.product_id = ANY(${ids})`;
await platform.close();

const model = await loadModel(DEFAULT_MODEL_DIR, { threads: 1 });
const wordsOf = new Map(titleWords.map((r) => [r.product_id, r.title_words]));
const products = new Map(
  rows.map((p): [string, ReplayProduct] => {
    const fields = documentFields(p);
    const tokens = model.tokenizeDocument(documentText(p)).tokens.map((t) => ({
      id: t.id,
      text: t.text,
      field: fields.filter((f) => t.start >= f.offset).at(-1)!.field,
    }));
    const attributes = (p.attributes ?? {}) as Record<string, unknown>;
    return [p.id, { attributes, titleWords: wordsOf.get(p.id)!, tokens }];
  }),
);
const queries = new Map<string, ReplayQuery>();
for (const text of qrels.keys()) {
  const q = await model.encodeQuery(text);
  queries.set(text, {
    ids: q.tokens.map((t) => t.id),
    texts: q.tokens.map((t) => t.text),
    weights: q.tokens.map((_, i) => (q.weights ? q.weights[i]! : 1)),
  });
}
const cosine = similarity(model);

function maxSim(signal: Signal, text: string): Map<string, number> {
  const query = queries.get(text)!;
  const ids = candidates.get(text)!.map((c) => c.productId);
  const weights = signal.query ? signal.query(query, ids) : query.weights;
  const scores = new Map<string, number>();
  for (const id of ids) {
    const product = products.get(id)!;
    const d = signal.document?.(product);
    let score = 0;
    query.ids.forEach((qid, i) => {
      let best = -Infinity;
      product.tokens.forEach((t, j) => {
        best = Math.max(best, (d ? d[j]! : 1) * cosine(qid, query.texts[i]!, t));
      });
      if (product.tokens.length) score += weights[i]! * best;
    });
    scores.set(id, score);
  }
  return scores;
}

/** Query → nDCG@10 under each profile. */
function replay(signal: Signal): Record<keyof typeof PROFILES, Map<string, number | null>> {
  const runs = { default: new Map<string, string[]>(), colbert: new Map<string, string[]>() };
  for (const text of qrels.keys()) {
    const scores = maxSim(signal, text);
    const scored = candidates.get(text)!.map((c) => ({
      ...c,
      maxSimScore: scores.get(c.productId)!,
      titleWords: products.get(c.productId)!.titleWords,
    }));
    for (const name of ['default', 'colbert'] as const) {
      const ranked = rankByProfile(scored, PROFILES[name], 100);
      runs[name].set(
        text,
        ranked.map((r) => r.productId),
      );
    }
  }
  const ndcg = (run: Map<string, string[]>) =>
    new Map(
      [...evaluateRun(qrels, run, { metrics: [{ metric: 'ndcg', k: 10 }] }).perQuery].map(
        ([q, s]) => [q, s[0]!.value],
      ),
    );
  return { default: ndcg(runs.default), colbert: ndcg(runs.colbert) };
}

const mean = (m: Map<string, number | null>) => {
  const values = [...m.values()].filter((v): v is number => v !== null);
  return values.reduce((a, b) => a + b, 0) / values.length;
};

const signals = signalsToTry(model);
const none = replay({ family: 'none', label: 'none' });
console.log('| signal | default nDCG@10 | colbert nDCG@10 | won / lost against none |');
console.log('|---|---:|---:|---|');
const byFamily = new Map<string, { label: string; perQuery: Map<string, number | null> }[]>();
for (const signal of [{ family: 'none', label: 'none' }, ...signals]) {
  const result = signal.family === 'none' ? none : replay(signal);
  let won = 0;
  let lost = 0;
  for (const [q, v] of result.default) {
    if (v === null) continue;
    const d = v - none.default.get(q)!;
    if (d > 1e-9) won++;
    else if (d < -1e-9) lost++;
  }
  console.log(
    `| ${signal.label} | ${mean(result.default).toFixed(4)} | ${mean(result.colbert).toFixed(4)} | ${won} / ${lost} |`,
  );
  const family = byFamily.get(signal.family) ?? [{ label: 'none', perQuery: none.default }];
  family.push({ label: signal.label, perQuery: result.default });
  byFamily.set(signal.family, family);
}
console.log(
  '\nTwo-fold cross-validation of each family (its strengths and none), default profile:',
);
for (const [family, members] of byFamily) {
  if (family === 'none') continue;
  const folds = twoFoldCrossValidation(
    members.map((m) => m.perQuery),
    23,
  );
  const said = folds.map(
    (f) =>
      `chooses ${members[f.chosen]!.label}: ${f.heldOutMean.toFixed(4)} held out (none ${meanOver(none.default, f.heldOut).toFixed(4)})`,
  );
  console.log(`- ${family}: ${said.join('; ')}`);
}
await model.close();

function meanOver(m: Map<string, number | null>, queries: readonly string[]): number {
  return mean(new Map(queries.map((q) => [q, m.get(q) ?? null])));
}

/** cos(query token, document token) from the static model's table, numbers matching only themselves. */
function similarity(m: ColbertModel) {
  const cache = new Map<number, number>();
  const dim = m.config.dim;
  return (qid: number, qtext: string, t: ReplayToken): number => {
    const key = qid * m.vocabSize + t.id;
    let s = cache.get(key);
    if (s === undefined) {
      const [q, d] = [m.tokenVectors([qid]), m.tokenVectors([t.id])];
      s = 0;
      for (let k = 0; k < dim; k++) s += q[k]! * d[k]!;
      if (qid === t.id) s = Math.fround(s);
      else if (NUMBER.test(qtext) && NUMBER.test(t.text)) s = Math.min(s, 0);
      cache.set(key, s);
    }
    return s;
  };
}

function signalsToTry(m: ColbertModel): Signal[] {
  const out: Signal[] = [];
  const byField = (weights: Partial<Record<ReplayToken['field'], number>>) => (p: ReplayProduct) =>
    p.tokens.map((t) => weights[t.field] ?? 1);
  for (const x of [0.9, 0.8, 0.75, 0.7, 0.65, 0.6, 0.5]) {
    out.push({
      family: 'description',
      label: `description × ${x}`,
      document: byField({ description: x }),
    });
  }
  for (const x of [0.9, 0.8]) {
    out.push({
      family: 'brand first',
      label: `brand 1, title ${x}, description ${Math.min(x, 0.8)}`,
      document: byField({ title: x, description: Math.min(x, 0.8) }),
    });
  }
  for (const x of [0.9, 0.8, 0.5]) {
    out.push({ family: 'for-role', label: `"for"-role in the title × ${x}`, document: forRole(x) });
  }
  const compatibility = new WeakMap<ReplayProduct, Set<number>>();
  const compatibleIds = (p: ReplayProduct) => {
    let found = compatibility.get(p);
    if (!found) {
      const v = p.attributes['attr_t_compatibility'];
      found = new Set(typeof v === 'string' ? m.tokenizeDocument(v).tokenIds : []);
      compatibility.set(p, found);
    }
    return found;
  };
  for (const x of [0.95, 0.5]) {
    out.push({
      family: 'compatibility',
      label: `tokens named in attr_t_compatibility × ${x}`,
      document: (p) => p.tokens.map((t) => (compatibleIds(p).has(t.id) ? x : 1)),
    });
  }
  for (const a of [0.5, 1]) {
    out.push({
      family: 'idf',
      label: `query tokens × idf^${a} (df over the query's candidates)`,
      query: (q, ids) =>
        q.ids.map((id, i) => {
          const df = ids.filter((p) => products.get(p)!.tokens.some((t) => t.id === id)).length;
          return q.weights[i]! * Math.log(1 + ids.length / (1 + df)) ** a;
        }),
    });
  }
  for (const x of [1.25, 1.5, 2]) {
    out.push({
      family: 'head word',
      label: `the query's last word × ${x}`,
      query: (q) => {
        const last = q.texts.findLastIndex((t) => !t.startsWith('##'));
        const words = q.texts.filter((t) => !t.startsWith('##')).length;
        return q.weights.map((w, i) => (words > 1 && i >= last ? w * x : w));
      },
    });
  }
  return out;
}

/** Title tokens after "for", "replaces", "fits" or "compatible with" weigh `x`. */
function forRole(x: number) {
  const opens = new Set(['for', 'replaces', 'fits']);
  return (p: ReplayProduct) => {
    let on = false;
    return p.tokens.map((t, j) => {
      const weight = on && t.field === 'title' ? x : 1;
      if (t.field !== 'title') on = false;
      else if (opens.has(t.text) || (t.text === 'with' && p.tokens[j - 1]?.text === 'compatible'))
        on = true;
      return weight;
    });
  };
}
