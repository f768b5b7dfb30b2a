// The DocumentEncoder on @shopsearch/colbert: the model encodes texts (length-bucketed batches)
// and the codec packs each document's vectors for storage.
import { getCodec, type CodecName, type ColbertModel } from '@shopsearch/colbert';
import type { ModelRegistry } from '@shopsearch/search';
import type { DocumentEncoder, EncoderProvider } from './documentEncoder.ts';

export function colbertDocumentEncoder(model: ColbertModel, codecName: CodecName): DocumentEncoder {
  const codec = getCodec(codecName, model);
  return {
    model: model.config.name,
    dim: model.config.dim,
    codec: codec.name,
    async encode(texts) {
      const documents = await model.encodeDocuments(texts);
      return documents.map((doc) => ({
        tokenCount: doc.length,
        vectors: codec.encode(doc) as Uint8Array<ArrayBuffer>,
        tokenIds: doc.tokenIds,
      }));
    },
  };
}

/** Encoders for index versions, by the model and codec each version records. */
export function registryEncoders(models: ModelRegistry): EncoderProvider {
  return async ({ model, codec }) =>
    colbertDocumentEncoder(await models.get(model), codec as CodecName);
}
