// Test doubles for the encoder and first stage: deterministic and inspectable, so job tests
// exercise the real claim/commit/finalize SQL without loading a model.
import type { PrismaClient } from '@shopsearch/db';
import type { FirstStageIndex, SearchDocument } from '@shopsearch/search';
import type { DocumentEncoder, PackedEmbedding } from '../src/index.ts';

/** One "token" per word: its id is the word length, its vector bytes are the word's char codes. */
export function wordEncoder(
  options: { failOn?: string; calls?: string[][] } = {},
): DocumentEncoder {
  return {
    model: 'words',
    dim: 4,
    codec: 'bytes',
    async encode(texts) {
      options.calls?.push([...texts]);
      if (options.failOn && texts.some((t) => t.includes(options.failOn!)))
        throw new Error(`cannot encode ${options.failOn}`);
      return texts.map((text): PackedEmbedding => {
        const words = text.split(/\s+/).filter(Boolean);
        return {
          tokenCount: words.length,
          vectors: new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>,
          tokenIds: Int32Array.from(words.map((w) => w.length)),
        };
      });
    },
  };
}

/** Remembers what was synced; can be told to fail a number of times first. */
export class RecordingIndex implements FirstStageIndex {
  readonly documents = new Map<string, SearchDocument>();
  failuresLeft = 0;
  async prepare() {}
  async upsert(_storeId: number, documents: readonly SearchDocument[]) {
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      throw new Error('search engine unreachable');
    }
    for (const d of documents) this.documents.set(d.id, d);
  }
  async remove(_storeId: number, ids: readonly string[]) {
    for (const id of ids) this.documents.delete(id);
  }
}

export async function seedStore(
  prisma: PrismaClient,
  slug: string,
  count: number,
): Promise<number> {
  const store = await prisma.store.create({ data: { slug, name: slug } });
  await prisma.product.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      storeId: store.id,
      id: `p${String(i).padStart(3, '0')}`,
      title: `Product number ${i}`,
      contentHash: `v1-${i}`,
    })),
  });
  return store.id;
}

/** A first stage whose upserts wait at a gate: a worker caught between claiming and committing. */
export function gatedIndex(): { index: RecordingIndex; reached: Promise<void>; open(): void } {
  let reach = () => {};
  let open = () => {};
  const reached = new Promise<void>((resolve) => (reach = resolve));
  const opened = new Promise<void>((resolve) => (open = resolve));
  const index = new RecordingIndex();
  const upsert = index.upsert.bind(index);
  index.upsert = async (storeId, documents) => {
    reach();
    await opened;
    return upsert(storeId, documents);
  };
  return { index, reached, open };
}
