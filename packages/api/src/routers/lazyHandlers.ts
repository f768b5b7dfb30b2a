import { loadOnce } from './loadOnce.ts';

type Handler = (opts: never) => unknown;
type HandlerOf<M, K extends keyof M> = Extract<M[K], Handler>;

/**
 * A router's view of one handler module, loaded on the first call and kept (cal.com's split: the
 * router names the procedures, their handlers stay out of its import graph). Given an export's
 * name, it returns that procedure's resolver: it calls the export with the procedure's options
 * and is typed as the handler is, so the router's types carry each handler's output.
 */
export function lazyHandlers<M>(load: () => Promise<M>) {
  const loaded = loadOnce(load);
  return <K extends keyof M>(name: K) => {
    type H = HandlerOf<M, K>;
    return async (opts: Parameters<H>[0]): Promise<Awaited<ReturnType<H>>> => {
      const handler = (await loaded())[name] as (opts: Parameters<H>[0]) => ReturnType<H>;
      return await (handler(opts) as Promise<Awaited<ReturnType<H>>>);
    };
  };
}
