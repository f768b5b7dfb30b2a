import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of a file in test/fixtures. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

/** A file called `name` holding `content`, in a new temporary directory; returns its path. */
export async function fileOf(name: string, content: Buffer | string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'catalog-test-')), name);
  await writeFile(path, content);
  return path;
}
