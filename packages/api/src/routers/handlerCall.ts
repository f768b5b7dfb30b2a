// What a handler receives from its procedure: the request's context (with, for a store procedure,
// the store the procedure checked and the signed-in session), the validated input, and the
// request's abort signal.
import type { StoreInfo } from '@shopsearch/platform';
import type { SessionInfo } from '../auth/sessions.ts';
import type { ApiContext } from '../trpc.ts';

export type StoreCtx = ApiContext & { store: StoreInfo; session: SessionInfo };

/** A public or platform procedure's call; `I` is its input's type. */
export interface Call<I = unknown> {
  ctx: ApiContext;
  input: I;
  /** Aborted when the client disconnects. */
  signal?: AbortSignal | undefined;
}

/** A store procedure's call (`storeRoleProcedure`). */
export interface StoreCall<I = unknown> extends Call<I> {
  ctx: StoreCtx;
}
