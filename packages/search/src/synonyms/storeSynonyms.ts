// A store's synonym lines, read from its search settings (table store_synonym), and a short-lived
// per-store cache of their map for searches: a change takes effect at once in this process
// (`invalidate`) and within the TTL in others, with no re-index.
import type { PrismaClient } from '@shopsearch/db';
import type { SynonymLine } from './synonymList.ts';
import { SynonymMap } from './synonymMap.ts';

export async function loadSynonymLines(
  prisma: PrismaClient,
  storeId: number,
): Promise<SynonymLine[]> {
  const rows = await prisma.storeSynonym.findMany({
    where: { storeId },
    orderBy: { position: 'asc' },
    select: { source: true, terms: true },
  });
  return rows.map((r) => ({ source: r.source, terms: r.terms }));
}

export class SynonymCache {
  readonly #prisma: PrismaClient;
  readonly #ttlMs: number;
  readonly #maps = new Map<number, { at: number; map: Promise<SynonymMap> }>();

  constructor(prisma: PrismaClient, ttlMs = 30_000) {
    this.#prisma = prisma;
    this.#ttlMs = ttlMs;
  }

  of(storeId: number, now = Date.now()): Promise<SynonymMap> {
    const hit = this.#maps.get(storeId);
    if (hit && now - hit.at < this.#ttlMs) return hit.map;
    const map = loadSynonymLines(this.#prisma, storeId).then((lines) => new SynonymMap(lines));
    this.#maps.set(storeId, { at: now, map });
    map.catch(() => this.#maps.delete(storeId));
    return map;
  }

  invalidate(storeId: number): void {
    this.#maps.delete(storeId);
  }
}
