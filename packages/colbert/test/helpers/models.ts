import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseModelConfig, type ModelConfig } from '../../src/index.ts';
import { DocTokenizer } from '../../src/tokenization/docTokenizer.ts';
import { QueryTokenizer } from '../../src/tokenization/queryTokenizer.ts';
import { resolveSpecialTokens } from '../../src/tokenization/specialTokens.ts';
import { TextTokenizer } from '../../src/tokenization/textTokenizer.ts';
import { randomBertModelDir, TINY_BERT } from '../../src/testing/index.ts';

/** The tiny generated contextual model (2 layers, hidden 32, dim 16), cached in the temp folder. */
export function tinyModelDir(): string {
  return randomBertModelDir(TINY_BERT);
}

/** Query and document tokenizers over the tiny model's tokenizer (with [unused0]/[unused1]). */
export function tokenizersFor(config: Record<string, unknown>) {
  const text = new TextTokenizer(
    JSON.parse(readFileSync(join(tinyModelDir(), 'tokenizer.json'), 'utf8')),
  );
  const parsed: ModelConfig = parseModelConfig({
    name: 't',
    kind: 'contextual',
    dim: 16,
    ...config,
  });
  const special = resolveSpecialTokens(parsed, text);
  return {
    text,
    special,
    query: new QueryTokenizer(text, parsed, special),
    doc: new DocTokenizer(text, parsed, special),
  };
}
