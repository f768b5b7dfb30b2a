// float16: D [L, dim] as IEEE binary16, 2·dim bytes per token. Scored in ORT after a Cast.
import { assertByteLength, bytesOf, copyAs, packRows } from './byteViews.ts';
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
    const { offsets, values } = packRows('float16', docs, Uint16Array, dim);
    return { codec: 'float16', dim, offsets, halves: values };
  },
};
