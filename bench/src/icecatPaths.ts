// Where the bundled Icecat catalog and its judgments live.
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const ICECAT_FILES = [1, 2, 3, 4].map((n) =>
  join(REPO_ROOT, 'data/icecat', `${n}.json.zip`),
);
export const JUDGMENTS_FILE = join(REPO_ROOT, 'data/icecat/judgments-dev.csv');
export const STORE = 'demo';
