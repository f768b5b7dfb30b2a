// float16: D [L, dim] as IEEE binary16, 2·dim bytes per token. Scored in ORT after a Cast.
import { offsetsOf } from '../scoring/candidateBatch.ts';
import { assertByteLength, bytesOf, concatAs, copyAs } from './byteViews.ts';
import type { EmbeddingCodec } from './embeddingCodec.ts';
import { float32ToHalves, halvesToFloat32 } from './float16.ts';

export const float16Codec: EmbeddingCodec = {
  name: 'float16',
  bytesPerToken: (dim) => 2 * dim,
  encode: (doc) => bytesOf(float32ToHalves(doc.D)),
  decode(bytes, tokenCount, dim) {
    assertByteLength('float16', bytes, tokenCount, 2 * dim);
    return halvesToFloat32(copyAs(bytes, Uint16Array, tokenCount * dim));
  },
  pack(docs, dim) {
    docs.forEach((d) => assertByteLength('float16', d.bytes, d.tokenCount, 2 * dim));
    const offsets = offsetsOf(docs.map((d) => d.tokenCount));
    const halves = concatAs(
      docs.map((d) => d.bytes),
      Uint16Array,
      offsets[docs.length]! * dim,
    );
    return { codec: 'float16', dim, offsets, halves };
  },
};
