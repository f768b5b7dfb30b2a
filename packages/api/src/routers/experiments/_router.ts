import { createTRPCRouter, publicProcedure, storeRoleProcedure } from '../../trpc.ts';
import { lazyHandlers } from '../lazyHandlers.ts';
import {
  ZClickInputSchema,
  ZExperimentInputSchema,
  ZListExperimentsInputSchema,
  ZStartExperimentInputSchema,
} from './experiments.schema.ts';

const analyst = storeRoleProcedure('analyst');
const handlers = lazyHandlers(() => import('./experiments.handler.ts'));
const click = lazyHandlers(() => import('./click.handler.ts'));

export const experimentsRouter = createTRPCRouter({
  start: analyst.input(ZStartExperimentInputSchema).mutation(handlers('startExperimentHandler')),
  stop: analyst.input(ZExperimentInputSchema).mutation(handlers('stopExperimentHandler')),
  list: analyst.input(ZListExperimentsInputSchema).query(handlers('listExperimentsHandler')),
  report: analyst.input(ZExperimentInputSchema).query(handlers('experimentReportHandler')),
  /** A shopper's click on an interleaved result (anonymous; checked against store and visitor). */
  click: publicProcedure.input(ZClickInputSchema).mutation(click('clickHandler')),
});
