// The demo's child processes (Next.js build and server, the re-index worker). Each runs in a
// process group of its own and is stopped as a group: `npx next start` is npx running next-server
// under it, and a stop sent to npx alone left next-server serving, orphaned, holding the port.
import { spawn, type ChildProcess } from 'node:child_process';
import { CliError } from './cliError.ts';

export interface Started {
  child: ChildProcess;
  /** Resolves when the process ends by itself with 0 or because it was stopped; rejects otherwise. */
  done: Promise<void>;
  /** Sends SIGTERM to the process and everything it started. */
  stop(): void;
}

export function start(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Started {
  const child = spawn(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    detached: true,
  });
  let stopped = false;
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0 || stopped) resolve();
      else reject(new CliError(`${command} ${args.join(' ')} exited with ${code ?? signal}`));
    });
  });
  const stop = () => {
    if (stopped || child.pid === undefined) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // The group is gone already.
    }
  };
  return { child, done, stop };
}

/** Waits for every process; the first to end, or `stop` aborting, stops the others. */
export async function supervise(processes: Started[], stop: AbortSignal): Promise<void> {
  const stopAll = () => {
    for (const p of processes) p.stop();
  };
  stop.addEventListener('abort', stopAll);
  if (stop.aborted) stopAll();
  try {
    const results = await Promise.allSettled(processes.map(({ done }) => done.finally(stopAll)));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  } finally {
    stop.removeEventListener('abort', stopAll);
  }
}

/** An AbortSignal that SIGINT or SIGTERM to this process aborts, until `release`. */
export function stopSignals(): { signal: AbortSignal; release(): void } {
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.on('SIGINT', abort);
  process.on('SIGTERM', abort);
  return {
    signal: controller.signal,
    release() {
      process.off('SIGINT', abort);
      process.off('SIGTERM', abort);
    },
  };
}
