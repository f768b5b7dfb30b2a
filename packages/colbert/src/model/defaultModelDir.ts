import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Absolute path of the bundled default model, models/potion-base-4m at the repository root.
 * (Joined from this file's directory rather than `new URL(relative, import.meta.url)`, which
 * bundlers treat as an asset to copy and cannot resolve for a directory.)
 */
export const DEFAULT_MODEL_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../models/potion-base-4m',
);
