import { authedProcedure, createTRPCRouter, publicProcedure } from '../../trpc.ts';
import { ZSignInInputSchema } from './signIn.schema.ts';

export const authRouter = createTRPCRouter({
  signIn: publicProcedure
    .input(ZSignInInputSchema)
    .mutation(async (opts) => (await import('./signIn.handler.ts')).signInHandler(opts)),
  /** The signed-in user, or null. */
  me: publicProcedure.query(async ({ ctx }) => (await ctx.getSession())?.user ?? null),
  signOut: authedProcedure.mutation(async (opts) =>
    (await import('./signOut.handler.ts')).signOutHandler(opts),
  ),
});
