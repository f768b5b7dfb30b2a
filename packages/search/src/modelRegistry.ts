// Models by name. An index version records the name of the model that built it; searches and
// re-indexes ask the registry for that model, which is loaded once, on first use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel, type ColbertModel, type LoadModelOptions } from '@shopsearch/colbert';

export class UnknownModelError extends Error {
  override name = 'UnknownModelError';
}

export class ModelRegistry {
  readonly #directories = new Map<string, string>();
  readonly #loaded = new Map<string, Promise<ColbertModel>>();
  readonly #options: LoadModelOptions;
  /** The model new index versions are built with unless another is chosen. */
  readonly defaultModel: string;

  /** `directories` are model directories; the first is the default. */
  constructor(directories: readonly string[], options: LoadModelOptions = {}) {
    if (directories.length === 0)
      throw new UnknownModelError('at least one model directory is needed');
    for (const dir of directories) this.#directories.set(modelName(dir), dir);
    this.defaultModel = modelName(directories[0]!);
    this.#options = options;
  }

  get names(): string[] {
    return [...this.#directories.keys()];
  }

  get(name: string): Promise<ColbertModel> {
    const loaded = this.#loaded.get(name);
    if (loaded) return loaded;
    const dir = this.#directories.get(name);
    if (!dir) {
      return Promise.reject(
        new UnknownModelError(
          `no model called "${name}" is configured (known: ${this.names.join(', ')})`,
        ),
      );
    }
    const model = loadModel(dir, this.#options);
    this.#loaded.set(name, model);
    model.catch(() => this.#loaded.delete(name));
    return model;
  }

  async close(): Promise<void> {
    const models = await Promise.allSettled(this.#loaded.values());
    this.#loaded.clear();
    await Promise.all(models.map((m) => (m.status === 'fulfilled' ? m.value.close() : undefined)));
  }
}

/** The name a model directory's colbert.json declares (what index versions record). */
function modelName(directory: string): string {
  const config = JSON.parse(readFileSync(join(directory, 'colbert.json'), 'utf8')) as {
    name?: unknown;
  };
  if (typeof config.name !== 'string' || !config.name) {
    throw new UnknownModelError(`${join(directory, 'colbert.json')} has no "name"`);
  }
  return config.name;
}
