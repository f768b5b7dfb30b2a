import { fileURLToPath } from 'node:url';

/** Absolute path of the bundled default model, models/potion-base-4m at the repository root. */
export const DEFAULT_MODEL_DIR = fileURLToPath(
  new URL('../../../../models/potion-base-4m', import.meta.url),
);
