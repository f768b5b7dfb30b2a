import { readFile } from 'node:fs/promises';
import { findStore } from '@shopsearch/catalog';
import { parseQrelsCsv } from '@shopsearch/eval';
import {
  evaluateConfigurations,
  pairedSignificance,
  toStored,
  type ConfigurationSignificance,
} from '@shopsearch/platform';
import { BUNDLED_JUDGMENTS_FILE } from '@shopsearch/platform/seed';
import {
  DEFAULT_HYBRID_WEIGHT,
  DEFAULT_RANKING,
  DEFAULT_TITLE_LENGTH_PRIOR,
  PROFILE_NAMES,
  type ProfileName,
  type SearchConfiguration,
} from '@shopsearch/search';
import { InvalidArgumentError, type Command } from 'commander';
import { CliError } from '../cliError.ts';
import { print, type CliContext } from '../context.ts';
import { withPlatform } from '../platform.ts';

interface EvalOptions {
  store: string;
  judgments: string;
  profiles: ProfileName[];
  depth: number;
  minNdcg?: number;
  compare?: [ProfileName, ProfileName];
  notWorse?: boolean;
}

function profilesOption(value: string): ProfileName[] {
  const names = value.split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !(PROFILE_NAMES as readonly string[]).includes(n));
  if (unknown.length)
    throw new InvalidArgumentError(
      `unknown profile(s) ${unknown.join(', ')}; use ${PROFILE_NAMES.join(', ')}`,
    );
  return names as ProfileName[];
}

function compareOption(value: string): [ProfileName, ProfileName] {
  const names = profilesOption(value);
  if (names.length !== 2 || names[0] === names[1])
    throw new InvalidArgumentError('two different profiles, baseline first: A,B');
  return [names[0]!, names[1]!];
}

/** "colbert K=200 against lexical on nDCG@10: +0.0420 (95% interval …), p = 0.0156 (exact …); won …". */
export function significanceLine(s: ConfigurationSignificance): string {
  const { pValue, method, rounds } = s.randomisation;
  const signed = (v: number) => `${v >= 0 ? '+' : ''}${v.toFixed(4)}`;
  const interval = s.interval
    ? ` (${Math.round(s.interval.confidence * 100)}% interval ${signed(s.interval.low)} to ${signed(s.interval.high)})`
    : '';
  const verdict = !s.significant
    ? 'not significant'
    : s.meanDifference > 0
      ? 'significantly better'
      : 'significantly worse';
  return (
    `${s.other} against ${s.baseline} on ${s.metric}: mean difference ${signed(s.meanDifference)}${interval}, ` +
    `p = ${pValue.toFixed(4)} (randomisation test, ${method === 'exact' ? 'exact over' : 'sampled'} ${rounds} sign flips); ` +
    `won ${s.won}, lost ${s.lost}, tied ${s.tied} of ${s.queries} queries: ${verdict} at ${s.alpha}.`
  );
}

function floorOption(value: string): number {
  const floor = Number(value);
  if (!(floor >= 0 && floor <= 1)) throw new InvalidArgumentError('a number between 0 and 1');
  return floor;
}

/** Offline evaluation that can guard quality in CI: exit 1 when any profile's nDCG@10 is below the floor. */
export function registerEval(program: Command, context: CliContext): void {
  program
    .command('eval')
    .description(
      'evaluate ranking profiles on a qrels file (query,docid,rating); exits 1 below --min-ndcg',
    )
    .requiredOption('--store <slug>', 'the store to search')
    .option('--judgments <file>', 'qrels CSV', BUNDLED_JUDGMENTS_FILE)
    .option('--profiles <list>', 'comma-separated profiles', profilesOption, [...PROFILE_NAMES])
    .option('--depth <k>', 'rerank depth K', (v) => Number.parseInt(v, 10), 200)
    .option('--min-ndcg <floor>', 'fail when a profile’s mean nDCG@10 is below this', floorOption)
    .option(
      '--compare <A,B>',
      'evaluate profile B against the baseline A, with a paired significance test',
      compareOption,
    )
    .option('--not-worse', 'with --compare: fail when B is significantly worse than A')
    .action((options: EvalOptions) =>
      withPlatform(context, async (platform) => {
        if (options.notWorse && !options.compare)
          throw new CliError('--not-worse needs --compare A,B (the baseline and the candidate).');
        const store = await findStore(platform.db, options.store);
        const products = await platform.db.prisma.product.findMany({
          where: { storeId: store.id },
          select: { id: true },
        });
        const { qrels, report } = parseQrelsCsv(await readFile(options.judgments), {
          knownDocIds: new Set(products.map((p) => p.id)),
        });
        if (qrels.size === 0)
          throw new CliError(
            `${options.judgments} holds no usable judgments for store "${store.slug}".`,
          );
        if (report.skipped.length)
          print(
            context.stdout,
            `Skipped ${report.skipped.length} judgment row(s) (unknown products, duplicates or bad grades).`,
          );
        const profiles = options.compare ?? options.profiles;
        const configurations = profiles.map((profile): SearchConfiguration => ({
          profile,
          fusion: 'weighted',
          hybridWeight: DEFAULT_HYBRID_WEIGHT,
          titleLengthPrior: DEFAULT_TITLE_LENGTH_PRIOR,
          rerankDepth: options.depth,
          meaningCandidates: DEFAULT_RANKING.meaningCandidates,
          productTypeIntent: DEFAULT_RANKING.productTypeIntent,
        }));
        const results = await evaluateConfigurations(
          platform.services.search,
          store.id,
          qrels,
          configurations,
        );
        print(
          context.stdout,
          `${qrels.size} queries (${results[0]!.evaluation.noRelevantQueries.length} without a relevant judgment are left out of the means).`,
        );
        print(
          context.stdout,
          ['configuration', ...results[0]!.evaluation.labels, 'p50 ms'].join(' | '),
        );
        const failing: string[] = [];
        for (const r of results) {
          const means = r.evaluation.means.map((m) =>
            m.mean === null ? 'n/a' : m.mean.toFixed(4),
          );
          print(context.stdout, [r.label, ...means, r.latency.p50.toFixed(1)].join(' | '));
          const ndcg = r.evaluation.means[0]!.mean ?? 0;
          if (options.minNdcg !== undefined && ndcg < options.minNdcg)
            failing.push(`${r.label} (${ndcg.toFixed(4)})`);
        }
        if (options.compare) {
          const [baseline, candidate] = results.map(toStored);
          const significance = pairedSignificance(baseline!, candidate!);
          print(context.stdout, significanceLine(significance));
          if (options.notWorse && significance.significantlyWorse) {
            print(
              context.stderr,
              `${significance.other} is significantly worse than ${significance.baseline} (--not-worse).`,
            );
            context.exitCode = 1;
          }
        }
        if (failing.length) {
          print(
            context.stderr,
            `nDCG@10 below the floor ${options.minNdcg}: ${failing.join(', ')}`,
          );
          context.exitCode = 1;
        }
      }),
    );
}
