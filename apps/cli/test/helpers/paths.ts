import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** A file from the catalog package's shared fixture set. */
export function catalogFixture(name: string): string {
  return join(REPO_ROOT, 'packages/catalog/test/fixtures', name);
}

/** A directory shaped like data/icecat, holding the small Icecat sample as its one zip. */
export async function smallIcecatDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'seed-data-'));
  await copyFile(catalogFixture('icecat-sample.json.zip'), join(dir, '1.json.zip'));
  return dir;
}
