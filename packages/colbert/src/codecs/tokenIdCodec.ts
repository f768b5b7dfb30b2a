// tokenid (static models only): a static model's D is fully determined by the token ids, so the
// ids are the whole, exact encoding: uint16 per token when the vocabulary fits, else uint32.
// Packing also lists each candidate's distinct ids, which is what the token-id kernel scores.
import { ColbertError } from '../errors.ts';
import { distinctTokenIds } from '../scoring/candidateBatch.ts';
import { assertByteLength, bytesOf, copyAs, packRows } from './byteViews.ts';
import type { EmbeddingCodec } from './embeddingCodec.ts';

/** What the codec needs from a static model. */
export interface StaticVectors {
  readonly vocabSize: number;
  readonly tokenTable: Float32Array | null;
  tokenVectors(ids: ArrayLike<number>): Float32Array;
}

export function tokenIdCodec(model: StaticVectors): EmbeddingCodec {
  const table = model.tokenTable;
  if (!table) throw new ColbertError('the tokenid codec needs a static model (kind "static")');
  const wide = model.vocabSize > 65536;
  const idBytes = wide ? 4 : 2;
  const readIds = (bytes: Uint8Array, tokenCount: number) =>
    wide ? copyAs(bytes, Uint32Array, tokenCount) : copyAs(bytes, Uint16Array, tokenCount);
  return {
    name: 'tokenid',
    bytesPerToken: () => idBytes,
    encode: (doc) =>
      bytesOf(wide ? Uint32Array.from(doc.tokenIds) : Uint16Array.from(doc.tokenIds)),
    decode(bytes, tokenCount) {
      assertByteLength('tokenid', bytes, tokenCount, idBytes);
      return model.tokenVectors(readIds(bytes, tokenCount));
    },
    pack(docs, dim) {
      const { offsets, values: ids } = wide
        ? packRows('tokenid', docs, Uint32Array, 1)
        : packRows('tokenid', docs, Uint16Array, 1);
      const tokenIds = new Int32Array(ids);
      const distinct = distinctTokenIds(offsets, tokenIds);
      return { codec: 'tokenid', dim, offsets, tokenIds, table, distinct };
    },
  };
}
