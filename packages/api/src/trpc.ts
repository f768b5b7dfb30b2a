/**
 * YOU PROBABLY DON'T NEED TO EDIT THIS FILE, UNLESS you add a kind of procedure.
 *
 * 1. CONTEXT — what every procedure receives.
 * 2. INITIALIZATION — tRPC with SuperJSON and an error shape that carries zod's field errors.
 * 3. PROCEDURES — public, and the role-checked ones built from it.
 */
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';
import type { ApiServices } from './services.ts';
import { toTRPCError } from './errors/toTRPCError.ts';

// 1. CONTEXT

export interface ApiContext {
  services: ApiServices;
  /** The request's headers (cookies, origin), for auth and CSRF checks. */
  headers: Headers;
}

// 2. INITIALIZATION

const t = initTRPC.context<ApiContext>().create({
  transformer: superjson,
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
      },
      message: zodError ? describeZodError(zodError) : shape.message,
    };
  },
});

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

/** Converts errors the packages throw on purpose into typed tRPC errors, once, for every procedure. */
const errorMapping = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && !(result.error.cause instanceof ZodError)) {
    const mapped = toTRPCError(result.error.cause ?? result.error);
    if (mapped !== result.error) throw mapped;
  }
  return result;
});

export const publicProcedure = t.procedure.use(errorMapping);

export { TRPCError };
