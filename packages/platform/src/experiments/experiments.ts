// Experiments' lifecycle: an analyst starts one between two ranking configurations on a share of a
// store's storefront traffic, and stops it. At most one runs per store (the unique
// `running_store_id`, so two analysts starting at once cannot both succeed).
//
// Refused (ExperimentRefusedError, nothing written): configurations that rank alike (the same
// settings and index version, labels aside), an index version that is not the store's (or
// failed), a store with no storefront search in the last
// TRAFFIC_WINDOW_DAYS (the experiment could never collect an impression), and a store that already
// runs one. Traffic is a whole percent 1–100 and retention 1–365 days (the API's schema).
import { Prisma } from '@shopsearch/db';
import {
  describeConfiguration,
  ZSearchConfiguration,
  type SearchConfiguration,
} from '@shopsearch/search';
import type { DatabaseDeps } from '../databaseDeps.ts';
import type { RunningExperiments } from './runningExperiments.ts';
import { ExperimentNotFoundError, ExperimentRefusedError } from './experimentErrors.ts';

export const TRAFFIC_WINDOW_DAYS = 30;
/** Impressions and clicks are kept this many days unless the experiment says otherwise. */
export const DEFAULT_RETENTION_DAYS = 30;

export interface ExperimentStart {
  configA: SearchConfiguration;
  configB: SearchConfiguration;
  trafficPercent: number;
  retentionDays?: number | undefined;
}

export interface ExperimentView {
  id: number;
  configA: SearchConfiguration;
  configB: SearchConfiguration;
  labelA: string;
  labelB: string;
  trafficPercent: number;
  retentionDays: number;
  running: boolean;
  startedBy: string;
  startedAt: Date;
  stoppedBy: string | null;
  stoppedAt: Date | null;
}

type ExperimentRow = Prisma.ExperimentGetPayload<object>;

export function toExperimentView(row: ExperimentRow): ExperimentView {
  const configA = ZSearchConfiguration.parse(row.configA);
  const configB = ZSearchConfiguration.parse(row.configB);
  return {
    id: row.id,
    configA,
    configB,
    labelA: describeConfiguration(configA),
    labelB: describeConfiguration(configB),
    trafficPercent: row.trafficPercent,
    retentionDays: row.retentionDays,
    running: row.runningStoreId !== null,
    startedBy: row.startedBy,
    startedAt: row.startedAt,
    stoppedBy: row.stoppedBy,
    stoppedAt: row.stoppedAt,
  };
}

/** The same ranking: every setting and the index version equal; labels do not rank. */
export function sameRanking(a: SearchConfiguration, b: SearchConfiguration): boolean {
  const key = ({ label: _label, indexVersionId, ...settings }: SearchConfiguration) =>
    JSON.stringify({ ...settings, indexVersionId: indexVersionId ?? null });
  return key(a) === key(b);
}

/** Start and stop drop the store's cached running experiment (runningExperiments.ts). */
export type ExperimentDeps = DatabaseDeps & { runningExperiments: RunningExperiments };

export async function startExperiment(
  { prisma, runningExperiments }: ExperimentDeps,
  storeId: number,
  start: ExperimentStart,
  byEmail: string,
): Promise<ExperimentView> {
  if (sameRanking(start.configA, start.configB)) {
    throw new ExperimentRefusedError(
      'Configurations A and B rank alike; an experiment between them could only tie.',
    );
  }
  const versionIds = [start.configA, start.configB].flatMap((c) =>
    c.indexVersionId ? [c.indexVersionId] : [],
  );
  const versions = await prisma.indexVersion.count({
    where: { storeId, id: { in: versionIds }, state: { not: 'failed' } },
  });
  if (versions < new Set(versionIds).size) {
    throw new ExperimentRefusedError(
      'An index version chosen is not one of this store’s usable ones.',
    );
  }
  const since = new Date(Date.now() - TRAFFIC_WINDOW_DAYS * 86_400_000);
  const searches = await prisma.searchEvent.count({
    where: { storeId, createdAt: { gte: since } },
  });
  if (searches === 0) {
    throw new ExperimentRefusedError(
      `This store had no storefront searches in the last ${TRAFFIC_WINDOW_DAYS} days, so an experiment would collect nothing.`,
    );
  }
  try {
    const row = await prisma.experiment.create({
      data: {
        storeId,
        runningStoreId: storeId,
        configA: start.configA,
        configB: start.configB,
        trafficPercent: start.trafficPercent,
        retentionDays: start.retentionDays ?? DEFAULT_RETENTION_DAYS,
        startedBy: byEmail,
      },
    });
    runningExperiments.invalidate(storeId);
    return toExperimentView(row);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new ExperimentRefusedError(
        'An experiment is already running in this store; stop it before starting another.',
      );
    }
    throw error;
  }
}

export async function stopExperiment(
  { prisma, runningExperiments }: ExperimentDeps,
  storeId: number,
  experimentId: number,
  byEmail: string,
): Promise<ExperimentView> {
  const stopped = await prisma.experiment.updateMany({
    where: { id: experimentId, storeId, runningStoreId: { not: null } },
    data: { runningStoreId: null, stoppedBy: byEmail, stoppedAt: new Date() },
  });
  runningExperiments.invalidate(storeId);
  const row = await prisma.experiment.findFirst({ where: { id: experimentId, storeId } });
  if (!row) throw new ExperimentNotFoundError();
  if (stopped.count === 0) throw new ExperimentRefusedError('This experiment has already stopped.');
  return toExperimentView(row);
}

/** The store's experiments, newest first. */
export async function listExperiments(
  { prisma }: DatabaseDeps,
  storeId: number,
): Promise<ExperimentView[]> {
  const rows = await prisma.experiment.findMany({
    where: { storeId },
    orderBy: { id: 'desc' },
    take: 50,
  });
  return rows.map(toExperimentView);
}
