import { createTRPCRouter, publicProcedure } from '../../trpc.ts';
import { lazyHandlers } from '../lazyHandlers.ts';
import { ZSearchClickInputSchema } from './click.schema.ts';
import { ZSearchQueryInputSchema } from './query.schema.ts';
import { ZSearchRelaxInputSchema } from './relax.schema.ts';
import { ZSearchSuggestInputSchema } from './suggest.schema.ts';

const query = lazyHandlers(() => import('./query.handler.ts'));
const suggest = lazyHandlers(() => import('./suggest.handler.ts'));
const relax = lazyHandlers(() => import('./relax.handler.ts'));
const click = lazyHandlers(() => import('./click.handler.ts'));

export const searchRouter = createTRPCRouter({
  query: publicProcedure.input(ZSearchQueryInputSchema).query(query('searchQueryHandler')),
  suggest: publicProcedure.input(ZSearchSuggestInputSchema).query(suggest('searchSuggestHandler')),
  /** Nearby searches that find something, for a search that found nothing. */
  relax: publicProcedure.input(ZSearchRelaxInputSchema).query(relax('searchRelaxHandler')),
  /** A shopper followed a result (anonymous; counted for the low-click queries). */
  click: publicProcedure.input(ZSearchClickInputSchema).mutation(click('searchClickHandler')),
});
