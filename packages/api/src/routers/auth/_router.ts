import { authedProcedure, createTRPCRouter, publicProcedure } from '../../trpc.ts';
import { lazyHandlers } from '../lazyHandlers.ts';
import { ZSignInInputSchema } from './signIn.schema.ts';

const signIn = lazyHandlers(() => import('./signIn.handler.ts'));
const signOut = lazyHandlers(() => import('./signOut.handler.ts'));

export const authRouter = createTRPCRouter({
  signIn: publicProcedure.input(ZSignInInputSchema).mutation(signIn('signInHandler')),
  /** The signed-in user, or null. */
  me: publicProcedure.query(async ({ ctx }) => (await ctx.getSession())?.user ?? null),
  signOut: authedProcedure.mutation(signOut('signOutHandler')),
});
