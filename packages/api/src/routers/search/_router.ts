import { createTRPCRouter, publicProcedure } from '../../trpc.ts';
import { ZSearchQueryInputSchema } from './query.schema.ts';
import { ZSearchRelaxInputSchema } from './relax.schema.ts';
import { ZSearchSuggestInputSchema } from './suggest.schema.ts';

export const searchRouter = createTRPCRouter({
  query: publicProcedure
    .input(ZSearchQueryInputSchema)
    .query(async (opts) => (await import('./query.handler.ts')).searchQueryHandler(opts)),
  suggest: publicProcedure
    .input(ZSearchSuggestInputSchema)
    .query(async (opts) => (await import('./suggest.handler.ts')).searchSuggestHandler(opts)),
  /** Nearby searches that find something, for a search that found nothing. */
  relax: publicProcedure
    .input(ZSearchRelaxInputSchema)
    .query(async (opts) => (await import('./relax.handler.ts')).searchRelaxHandler(opts)),
});
