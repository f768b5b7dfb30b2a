// The shop-traffic query stream: a long tail of queries asked once, made from catalog text, mixed
// with a popular head asked over and over. Seeded, so every run (and both databases) sees the same
// stream. Tail kinds, as shoppers type them: a span of 1–3 title words, brand + product type, a
// model number, and a title span with one typo.
import { seededRandom } from '@shopsearch/eval';
import type { IcecatRecord } from '../icecatRecords.ts';

export type TailKind = 'title-span' | 'brand-type' | 'model-number' | 'misspelling';

const TAIL_MIX: [TailKind, number][] = [
  ['title-span', 0.45],
  ['brand-type', 0.2],
  ['model-number', 0.15],
  ['misspelling', 0.2],
];

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.\-/]*/gu;

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function titleSpan(random: () => number, record: IcecatRecord): string | null {
  const all = words(record.title);
  if (all.length === 0) return null;
  const length = Math.min(all.length, 1 + Math.floor(random() * 3));
  const start = Math.floor(random() * (all.length - length + 1));
  return all.slice(start, start + length).join(' ');
}

function brandType(random: () => number, record: IcecatRecord): string | null {
  const type = record.attr_t_product_type ?? record.attr_t_type;
  if (!record.supplier || typeof type !== 'string') return null;
  return `${record.supplier} ${type}`.toLowerCase();
}

/** The product's code (Icecat `name`) or a title word holding both letters and digits. */
function modelNumber(random: () => number, record: IcecatRecord): string | null {
  const codes = words(record.title).filter(
    (w) => /\p{L}/u.test(w) && /\d/.test(w) && w.length >= 4,
  );
  if (record.name) codes.push(record.name.toLowerCase());
  return codes.length ? pick(random, codes) : null;
}

/** A title span with one word of ≥ 5 letters mistyped: a letter dropped, doubled, swapped or replaced. */
function misspelling(random: () => number, record: IcecatRecord): string | null {
  const span = titleSpan(random, record);
  if (!span) return null;
  const parts = span.split(' ');
  const candidates = parts.map((w, i) => [w, i] as const).filter(([w]) => /^\p{L}{5,}$/u.test(w));
  if (candidates.length === 0) return null;
  const [word, index] = pick(random, candidates);
  const at = 1 + Math.floor(random() * (word.length - 2));
  const typo = pick(random, ['drop', 'double', 'swap', 'replace'] as const);
  const letter = String.fromCharCode(97 + Math.floor(random() * 26));
  parts[index] =
    typo === 'drop'
      ? word.slice(0, at) + word.slice(at + 1)
      : typo === 'double'
        ? word.slice(0, at) + word[at] + word.slice(at)
        : typo === 'swap'
          ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
          : word.slice(0, at) + letter + word.slice(at + 1);
  return parts.join(' ');
}

const MAKERS: Record<TailKind, (random: () => number, record: IcecatRecord) => string | null> = {
  'title-span': titleSpan,
  'brand-type': brandType,
  'model-number': modelNumber,
  misspelling,
};

function tailKind(random: () => number): TailKind {
  let r = random();
  for (const [kind, share] of TAIL_MIX) if ((r -= share) < 0) return kind;
  return 'title-span';
}

/**
 * `count` distinct tail queries (none equal to a head query), each of 2–100 characters. Every
 * entry names its kind, for reporting the mix.
 */
export function tailQueries(
  records: readonly IcecatRecord[],
  count: number,
  seed: number,
  head: readonly string[] = [],
): { q: string; kind: TailKind }[] {
  const random = seededRandom(seed);
  const seen = new Set(head.map((q) => q.toLowerCase()));
  const out: { q: string; kind: TailKind }[] = [];
  for (let attempts = 0; out.length < count && attempts < count * 50; attempts++) {
    const kind = tailKind(random);
    const q = MAKERS[kind](random, pick(random, records));
    if (!q || q.length < 2 || q.length > 100 || seen.has(q)) continue;
    seen.add(q);
    out.push({ q, kind });
  }
  if (out.length < count) throw new Error(`only ${out.length} distinct queries could be made`);
  return out;
}

/**
 * The request sequence: each request is a head query (Zipf-distributed over `head`, rank r with
 * weight 1/r) with probability `headShare`, otherwise the next unused tail query.
 */
export function queryStream(
  head: readonly string[],
  tail: readonly string[],
  headShare: number,
  length: number,
  seed: number,
): string[] {
  const random = seededRandom(seed ^ 0x5bd1e995);
  const weights = head.map((_, r) => 1 / (r + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const drawHead = () => {
    let r = random() * total;
    for (let i = 0; i < head.length; i++) if ((r -= weights[i]!) < 0) return head[i]!;
    return head[head.length - 1]!;
  };
  const out: string[] = [];
  let next = 0;
  while (out.length < length) {
    if (head.length && random() < headShare) out.push(drawHead());
    else if (next < tail.length) out.push(tail[next++]!);
    else throw new Error(`the tail ran out after ${tail.length} queries`);
  }
  return out;
}

/**
 * As-you-type prefixes: each tail query typed from its second character on, every prefix kept
 * only the first time it appears, so no suggestion request repeats.
 */
export function distinctPrefixes(queries: readonly string[], count: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const q of queries) {
    for (let n = 2; n <= q.length && out.length < count; n++) {
      const prefix = q.slice(0, n);
      if (prefix.endsWith(' ') || seen.has(prefix)) continue;
      seen.add(prefix);
      out.push(prefix);
    }
    if (out.length >= count) return out;
  }
  throw new Error(`only ${out.length} distinct prefixes could be made`);
}
