import { ColbertError } from '../errors.ts';
import type { CodecName, EmbeddingCodec } from './embeddingCodec.ts';
import { float16Codec } from './float16Codec.ts';
import { float32Codec } from './float32Codec.ts';
import { int8Codec } from './int8Codec.ts';
import { tokenIdCodec, type StaticVectors } from './tokenIdCodec.ts';

export const CODEC_NAMES: readonly CodecName[] = ['float32', 'float16', 'int8', 'tokenid'];

/** The codec called `name`; 'tokenid' needs the (static) model whose ids it stores. */
export function getCodec(name: CodecName, model?: StaticVectors): EmbeddingCodec {
  switch (name) {
    case 'float32':
      return float32Codec;
    case 'float16':
      return float16Codec;
    case 'int8':
      return int8Codec;
    case 'tokenid':
      if (!model)
        throw new ColbertError('getCodec("tokenid") needs the static model it stores ids of');
      return tokenIdCodec(model);
    default:
      throw new ColbertError(`unknown codec "${String(name)}" (known: ${CODEC_NAMES.join(', ')})`);
  }
}
