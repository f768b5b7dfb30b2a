// Reading a model directory: colbert.json, tokenizer.json and model.onnx, each checked with an
// error that names the directory and the file at fault.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { ConfigFieldError, parseModelConfig, type ModelConfig } from '../config/modelConfig.ts';
import { ModelLoadError } from '../errors.ts';
import { actualIo, contractViolation, expectedIo } from './sessionContract.ts';

export const CONFIG_FILE = 'colbert.json';
export const TOKENIZER_FILE = 'tokenizer.json';
export const ONNX_FILE = 'model.onnx';

export function requireDirectory(directory: string): void {
  if (!existsSync(directory) || !statSync(directory).isDirectory()) {
    throw new ModelLoadError({ directory, file: '.' }, 'no such directory');
  }
}

function readJson(directory: string, file: string): unknown {
  const path = join(directory, file);
  if (!existsSync(path)) throw new ModelLoadError({ directory, file }, 'file is missing');
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ModelLoadError(
      { directory, file },
      `not valid JSON (${(error as Error).message})`,
      error,
    );
  }
}

export function readConfig(directory: string): ModelConfig {
  const raw = readJson(directory, CONFIG_FILE);
  try {
    return parseModelConfig(raw);
  } catch (error) {
    if (error instanceof ConfigFieldError) {
      throw new ModelLoadError({ directory, file: CONFIG_FILE }, error.message, error);
    }
    throw error;
  }
}

export function readTokenizerJson(directory: string): Record<string, unknown> {
  const raw = readJson(directory, TOKENIZER_FILE);
  if (typeof raw !== 'object' || raw === null || !('model' in raw)) {
    throw new ModelLoadError(
      { directory, file: TOKENIZER_FILE },
      'not a Hugging Face tokenizer.json (no "model")',
    );
  }
  return raw as Record<string, unknown>;
}

/** Opens model.onnx and checks its inputs and outputs against the encoder contract. */
export async function openEncoderSession(
  directory: string,
  config: ModelConfig,
  options: ort.InferenceSession.SessionOptions,
): Promise<ort.InferenceSession> {
  const path = join(directory, ONNX_FILE);
  if (!existsSync(path))
    throw new ModelLoadError({ directory, file: ONNX_FILE }, 'file is missing');
  let session: ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(path, options);
  } catch (error) {
    throw new ModelLoadError(
      { directory, file: ONNX_FILE },
      `ONNX Runtime cannot open it (${(error as Error).message})`,
      error,
    );
  }
  const violation = contractViolation(session, config.outputName, config.dim);
  if (violation) {
    await session.release();
    throw new ModelLoadError(
      { directory, file: ONNX_FILE },
      `${violation}; expected ${expectedIo(config.outputName, config.dim)}; found ${actualIo(session)}`,
    );
  }
  return session;
}
