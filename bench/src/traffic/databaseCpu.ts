// The CPU time a PostgreSQL server on this machine spends serving one database: the sum over the
// client backends connected to it, read from /proc. The bench's backends are its pool's
// connections, which persist while in use (the pool closes a connection only after 10 s idle), so
// readings before and after a slice charge the slice with their work. Not counted: the processes
// that serve the whole cluster (background writer, checkpointer, WAL writer, autovacuum, the
// postmaster forking a new connection) and parallel workers, which come and go within a statement.
import type { SqlReader } from '@shopsearch/db';
import { processCpuMs } from './processCpu.ts';

/** CPU time so far (ms) of each backend serving the database, by process id. */
export type BackendCpu = Map<number, number>;

export async function readBackendCpu(reader: SqlReader): Promise<BackendCpu> {
  const backends = await reader.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity
     WHERE datname = current_database() AND backend_type = 'client backend'`,
  );
  const cpu: BackendCpu = new Map();
  for (const { pid } of backends) {
    const ms = processCpuMs(pid);
    if (ms !== null) cpu.set(pid, ms);
  }
  return cpu;
}

/** CPU the backends spent between two readings; a backend new since `before` counts in full. */
export function backendCpuSpentMs(before: BackendCpu, after: BackendCpu): number {
  let spent = 0;
  for (const [pid, ms] of after) spent += ms - (before.get(pid) ?? 0);
  return spent;
}

/** Whether the database's server runs on this machine, so its processes are in /proc. */
export function isLocalDatabase(url: string): boolean {
  const host = new URL(url).hostname;
  return ['localhost', '127.0.0.1', '[::1]', ''].includes(host);
}
