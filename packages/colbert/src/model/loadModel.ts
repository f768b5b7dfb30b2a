import { resolve } from 'node:path';
import type { ModelConfig } from '../config/modelConfig.ts';
import { ModelLoadError } from '../errors.ts';
import { OnnxEncoder } from '../encoding/onnxEncoder.ts';
import { onnxTokenEncoder, tableTokenEncoder, type TokenTable } from '../encoding/tokenEncoder.ts';
import { sessionOptions } from '../onnx/sessionOptions.ts';
import { MaxSimScorer } from '../scoring/maxSimScorer.ts';
import { VocabularySimilarity } from '../scoring/vocabularySimilarity.ts';
import { numberTokenIds } from '../tokenization/numberTokens.ts';
import { DocTokenizer } from '../tokenization/docTokenizer.ts';
import { QueryTokenizer } from '../tokenization/queryTokenizer.ts';
import { resolveSpecialTokens, type SpecialTokenIds } from '../tokenization/specialTokens.ts';
import { TextTokenizer } from '../tokenization/textTokenizer.ts';
import { OnnxColbertModel, type ColbertModel } from './colbertModel.ts';
import {
  CONFIG_FILE,
  ONNX_FILE,
  TOKENIZER_FILE,
  openEncoderSession,
  readConfig,
  readTokenizerJson,
  requireDirectory,
} from './modelFiles.ts';
import { buildTokenTable, staticViolation } from './tokenTable.ts';

export interface LoadModelOptions {
  /** ONNX Runtime intra-op threads for encoding and scoring (default: every core). */
  threads?: number;
  /** Encoded queries kept in the LRU cache (default 1024; 0 disables it). */
  queryCacheSize?: number;
  /** Most padded tokens per encoder run (default 4096). */
  batchTokens?: number;
  /** Static models: bytes of cached query-token similarity rows (default 32 MiB). */
  similarityCacheBytes?: number;
}

/**
 * Loads a model directory (model.onnx, tokenizer.json, colbert.json). Every file is validated;
 * failures throw ModelLoadError naming the directory, the file and what was expected.
 */
export async function loadModel(
  directory: string,
  options: LoadModelOptions = {},
): Promise<ColbertModel> {
  const dir = resolve(directory);
  requireDirectory(dir);
  const config = readConfig(dir);
  const tokenizerJson = readTokenizerJson(dir);
  let text: TextTokenizer;
  let special: SpecialTokenIds;
  try {
    text = new TextTokenizer(tokenizerJson);
  } catch (error) {
    throw new ModelLoadError(
      { directory: dir, file: TOKENIZER_FILE },
      (error as Error).message,
      error,
    );
  }
  try {
    special = resolveSpecialTokens(config, text);
  } catch (error) {
    throw new ModelLoadError(
      { directory: dir, file: CONFIG_FILE },
      (error as Error).message,
      error,
    );
  }
  const onnxOptions = sessionOptions(options.threads);
  const session = await openEncoderSession(dir, config, onnxOptions);
  const onnxEncoder = new OnnxEncoder(session, config.outputName, config.dim, special.pad.id);
  let tokenTable: TokenTable | null = null;
  if (config.kind === 'static') {
    // The table holds everything the session can say: it replaces the session from here on.
    tokenTable = await staticTokenTable(dir, onnxEncoder, text.vocabSize, special, config).finally(
      () => session.release(),
    );
  }
  return new OnnxColbertModel({
    config,
    directory: dir,
    vocabSize: text.vocabSize,
    queryTokenizer: new QueryTokenizer(text, config, special),
    docTokenizer: new DocTokenizer(text, config, special),
    encoder: tokenTable
      ? tableTokenEncoder(tokenTable, config.dim)
      : onnxTokenEncoder(onnxEncoder, config.dim, config.normalize),
    release: () => (tokenTable ? Promise.resolve() : session.release()),
    scorer: new MaxSimScorer({ threads: options.threads }),
    tokenTable,
    vocabulary: tokenTable
      ? new VocabularySimilarity(tokenTable.vectors, config.dim, {
          maxBytes: options.similarityCacheBytes,
          threads: options.threads,
          exactIds: numberTokenIds(text, text.vocabSize),
        })
      : null,
    tokenOf: (id) => text.tokenOf(id),
    queryCacheSize: options.queryCacheSize ?? 1024,
    batchTokens: options.batchTokens ?? 4096,
  });
}

async function staticTokenTable(
  directory: string,
  encoder: OnnxEncoder,
  vocabSize: number,
  special: SpecialTokenIds,
  config: ModelConfig,
): Promise<TokenTable> {
  const violation = await staticViolation(
    encoder,
    [special.cls.id, special.sep.id, special.mask.id],
    config.dim,
  );
  if (violation) throw new ModelLoadError({ directory, file: ONNX_FILE }, violation);
  try {
    return await buildTokenTable(encoder, vocabSize, config.dim, config.normalize);
  } catch (error) {
    const problem = `cannot encode all ${vocabSize} ids of ${TOKENIZER_FILE} (${(error as Error).message})`;
    throw new ModelLoadError({ directory, file: ONNX_FILE }, problem, error);
  }
}
