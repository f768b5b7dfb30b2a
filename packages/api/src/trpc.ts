/**
 * YOU PROBABLY DON'T NEED TO EDIT THIS FILE, UNLESS you add a kind of procedure.
 *
 * 1. CONTEXT — what every procedure receives.
 * 2. INITIALIZATION — tRPC with SuperJSON (plain JSON takes a fast path) and an error shape that
 *    carries zod's field errors.
 * 3. PROCEDURES — public, and the role-checked ones built from it.
 */
import { initTRPC, TRPCError } from '@trpc/server';
import { z, ZodError } from 'zod';
import type { Role } from '@shopsearch/db';
import { assertCsrf, assertSameOrigin, assertSignedIn, storeForRole } from './auth/access.ts';
import type { SessionInfo } from './auth/sessions.ts';
import { fieldError } from './errors/fieldError.ts';
import { toTRPCError } from './errors/toTRPCError.ts';
import { inspectInput, MAX_INPUT_DEPTH, MAX_INPUT_VALUES } from './inputGuard.ts';
import { apiTransformer } from './transformer.ts';
import { ZStoreSlug } from './routers/shared.schema.ts';
import type { PlatformServices } from '@shopsearch/platform';

// 1. CONTEXT

export interface ApiContext {
  services: PlatformServices;
  /** The request's headers (cookies, origin), for auth and CSRF checks. */
  headers: Headers;
  /** The signed-in session, read from the cookie once per request; null when anonymous. */
  getSession: () => Promise<SessionInfo | null>;
  /** Adds a Set-Cookie header to the response. */
  setCookie: (cookie: string) => void;
  /** The client's address, for rate limiting. */
  clientAddress: string;
}

// 2. INITIALIZATION

const t = initTRPC.context<ApiContext>().create({
  transformer: apiTransformer,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      // Clients get field-level validation errors; nobody gets a stack trace.
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        zodError: zodError?.flatten() ?? null,
        /** Messages per field by full path (`patch.title`), so a form can show each by its input. */
        fieldErrors: zodError ? fieldErrorsOf(zodError) : null,
      },
    };
  },
});

function fieldErrorsOf(error: ZodError): Record<string, string[]> {
  // A Map, not an object: a client's key can be `constructor` or `__proto__`, which a plain
  // object already "has" (a 500 the fuzz suite found); fromEntries makes each an own key.
  const fields = new Map<string, string[]>();
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.join('.') : 'input';
    fields.set(path, [...(fields.get(path) ?? []), issue.message]);
  }
  return Object.fromEntries(fields);
}

/** One readable sentence from zod's issues, naming the fields. */
function describeZodError(error: ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');
}

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

// 3. PROCEDURES

/**
 * Converts errors into typed tRPC errors once, for every procedure: validation failures become a
 * BAD_REQUEST naming the fields, errors the packages throw on purpose keep their message, and a
 * TRPCError raised on purpose (by a check here, or by tRPC for input it cannot parse) keeps its
 * code whatever its cause. Only what nobody meant to throw is wrapped as INTERNAL_SERVER_ERROR.
 */
const errorMapping = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof ZodError) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: describeZodError(cause), cause });
  }
  // tRPC could not parse the body or the `input` parameter.
  if (cause instanceof SyntaxError) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `The input is not valid JSON (${cause.message}).`,
      cause,
    });
  }
  if (result.error.code !== 'INTERNAL_SERVER_ERROR') return result;
  const mapped = toTRPCError(cause ?? result.error);
  if (mapped !== result.error) throw mapped;
  return result;
});

/** Mutations from a browser must come from this site: a cross-site Origin is refused. */
const sameOrigin = t.middleware(({ ctx, type, next }) => {
  if (type === 'mutation') assertSameOrigin(ctx.headers, ctx.services.trustedProxyHops);
  return next();
});

const INPUT_REFUSALS = {
  'too-many-values': `The input holds more than ${MAX_INPUT_VALUES.toLocaleString('en')} values.`,
  'too-deep': `The input is nested more than ${MAX_INPUT_DEPTH} levels deep.`,
  cycle: 'The input refers to itself; send plain data.',
};

/**
 * Every input is bounded (values, depth, no cycles) before a procedure sees it, and no text may
 * hold U+0000 (PostgreSQL cannot store it): each refused as a client error, not a 500.
 */
const boundedInput = t.middleware(async ({ getRawInput, next }) => {
  const problem = inspectInput(await getRawInput());
  if (problem?.kind === 'nul') {
    throw fieldError(problem.path, 'text cannot contain the NUL character (U+0000)');
  }
  if (problem) throw new TRPCError({ code: 'BAD_REQUEST', message: INPUT_REFUSALS[problem.kind] });
  return next();
});

export const publicProcedure = t.procedure.use(errorMapping).use(boundedInput).use(sameOrigin);

/** Signed in; mutations must also carry the session's CSRF token in a header. */
export const authedProcedure = publicProcedure.use(async ({ ctx, type, next }) => {
  const session = assertSignedIn(await ctx.getSession());
  if (type === 'mutation') assertCsrf(ctx.headers, session);
  return next({ ctx: { session } });
});

/** Platform administrators: stores and users. */
export const platformAdminProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!ctx.session.user.isPlatformAdmin) {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'Only platform administrators can do this.',
    });
  }
  return next();
});

/**
 * Work inside one store with a role there (platform administrators may act in any store). The
 * store comes from the input's `store` slug and is checked on the server for every call.
 */
export function storeRoleProcedure(role: Role) {
  return authedProcedure.input(z.object({ store: ZStoreSlug })).use(async ({ ctx, input, next }) =>
    next({
      ctx: { store: await storeForRole(ctx.services, ctx.session.user, input.store, role) },
    }),
  );
}

export { TRPCError };
