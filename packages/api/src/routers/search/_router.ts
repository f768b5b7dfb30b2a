import { createTRPCRouter, publicProcedure } from '../../trpc.ts';
import { loadOnce } from '../loadOnce.ts';
import { ZSearchQueryInputSchema } from './query.schema.ts';
import { ZSearchRelaxInputSchema } from './relax.schema.ts';
import { ZSearchSuggestInputSchema } from './suggest.schema.ts';

const query = loadOnce(() => import('./query.handler.ts'));
const suggest = loadOnce(() => import('./suggest.handler.ts'));
const relax = loadOnce(() => import('./relax.handler.ts'));

export const searchRouter = createTRPCRouter({
  query: publicProcedure
    .input(ZSearchQueryInputSchema)
    .query(async (opts) => (await query()).searchQueryHandler(opts)),
  suggest: publicProcedure
    .input(ZSearchSuggestInputSchema)
    .query(async (opts) => (await suggest()).searchSuggestHandler(opts)),
  /** Nearby searches that find something, for a search that found nothing. */
  relax: publicProcedure
    .input(ZSearchRelaxInputSchema)
    .query(async (opts) => (await relax()).searchRelaxHandler(opts)),
});
