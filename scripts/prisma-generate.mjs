// Runs `prisma generate` offline. Generation does not use the schema-engine binary, but the CLI
// tries to download it unless PRISMA_SCHEMA_ENGINE_BINARY points at an existing file; any file will do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const prismaBin = `${root}node_modules/.bin/prisma`;
if (!existsSync(prismaBin)) {
  console.log('prisma CLI not installed yet; skipping client generation');
  process.exit(0);
}
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
};
const result = spawnSync(prismaBin, ['generate'], { cwd: root, env, stdio: 'inherit' });
process.exit(result.status ?? 1);
