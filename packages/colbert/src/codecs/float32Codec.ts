// float32: D [L, dim] row-major, 4·dim bytes per token. The reference codec.
import { assertByteLength, bytesOf, copyAs, packRows } from './byteViews.ts';
import type { EmbeddingCodec } from './embeddingCodec.ts';

export const float32Codec: EmbeddingCodec = {
  name: 'float32',
  bytesPerToken: (dim) => 4 * dim,
  encode: (doc) => bytesOf(doc.D),
  decode(bytes, tokenCount, dim) {
    assertByteLength('float32', bytes, tokenCount, 4 * dim);
    return copyAs(bytes, Float32Array, tokenCount * dim);
  },
  pack(docs, dim) {
    const { offsets, values } = packRows('float32', docs, Float32Array, dim);
    return { codec: 'float32', dim, offsets, vectors: values };
  },
};
