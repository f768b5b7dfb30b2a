// Every statement the PostgreSQL driver sends, timed and charged with its backend's CPU: a hook on
// node-postgres's Client.query, which Prisma's adapter and Database.reader both call. The time
// runs from the call to the parsed rows (the round trip and the driver's parsing included); the
// CPU is the backend process's, from /proc (10-ms resolution, so only sums over many statements
// mean anything). For benchmarks only: it replaces a method of the driver for the whole process.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { processCpuMs } from './processCpu.ts';

export interface TimedStatement {
  sql: string;
  ms: number;
  backendCpuMs: number;
}

type Query = (this: pg.Client, ...args: unknown[]) => unknown;

/** Calls `record` after each statement until the returned function is called. */
export function timeStatements(record: (statement: TimedStatement) => void): () => void {
  const original = pg.Client.prototype.query as Query;
  const timed: Query = function (...args) {
    const [first] = args;
    const sql = typeof first === 'string' ? first : ((first as { text?: string }).text ?? '');
    // processID: the backend's pid, as the server announced it when the connection opened.
    const pid = (this as pg.Client & { processID: number }).processID;
    const started = performance.now();
    const cpuBefore = processCpuMs(pid) ?? 0;
    const done = () =>
      record({
        sql,
        ms: performance.now() - started,
        backendCpuMs: (processCpuMs(pid) ?? cpuBefore) - cpuBefore,
      });
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      // pg.Pool's own query() passes a callback instead of awaiting the promise.
      args[last] = (...answer: unknown[]) => {
        done();
        return (callback as (...a: unknown[]) => unknown)(...answer);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    return result instanceof Promise ? result.finally(done) : result;
  };
  pg.Client.prototype.query = timed as typeof pg.Client.prototype.query;
  return () => {
    pg.Client.prototype.query = original as typeof pg.Client.prototype.query;
  };
}
