import { CODEC_NAMES, type CodecName } from '@shopsearch/colbert';
import { findStore } from '@shopsearch/catalog';
import { jobProgress } from '@shopsearch/indexing';
import { startReindex } from '@shopsearch/platform';
import { InvalidArgumentError, type Command } from 'commander';
import { CliError } from '../cliError.ts';
import type { CliContext } from '../context.ts';
import { printJob, startJobProgressBar } from '../jobOutput.ts';
import { withPlatform } from '../platform.ts';

interface BuildOptions {
  store: string;
  kind: 'full' | 'incremental';
  codec?: CodecName;
  model?: string;
  batchSize: number;
}

function codecOption(value: string): CodecName {
  if (!(CODEC_NAMES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`choose one of ${CODEC_NAMES.join(', ')}`);
  }
  return value as CodecName;
}

export function registerIndexBuild(index: Command, context: CliContext): void {
  index
    .command('build')
    .description(
      'encode the store’s products into a new index version, sync the first stage, then activate it',
    )
    .requiredOption('--store <slug>', 'the store to index')
    .option(
      '--kind <kind>',
      'full, or incremental (only products changed since the active version)',
      'full',
    )
    .option(
      '--codec <codec>',
      `how token vectors are stored (${CODEC_NAMES.join(', ')})`,
      codecOption,
    )
    .option('--model <name>', 'model name (default: the active version’s, else the bundled model)')
    .option('--batch-size <n>', 'products per batch', (v) => Number.parseInt(v, 10), 256)
    .action((options: BuildOptions) =>
      withPlatform(context, (platform) => build(context, platform, options)),
    );
}

async function build(
  context: CliContext,
  platform: Parameters<Parameters<typeof withPlatform>[1]>[0],
  options: BuildOptions,
) {
  if (options.kind !== 'full' && options.kind !== 'incremental')
    throw new CliError('--kind is full or incremental.');
  const { prisma } = platform.db;
  const store = await findStore(platform.db, options.store);
  const job = await startReindex(
    { prisma, models: platform.models },
    {
      storeId: store.id,
      kind: options.kind,
      model: options.model,
      codec: options.codec,
      batchSize: options.batchSize,
    },
  );
  const bar = startJobProgressBar(context);
  const refresh = async () => bar.update(await jobProgress(prisma, store.id, job.id));
  try {
    await refresh();
    while (await platform.worker.runOnce()) await refresh();
  } finally {
    bar.stop();
  }
  const done = await jobProgress(prisma, store.id, job.id);
  printJob(context, done);
  if (done.state !== 'succeeded' || done.failedCount > 0) context.exitCode = 1;
}
