// `cli worker` as a real child process: started with an environment of its own, watched through
// what it prints, stopped like an operator would.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.ts';

const MAIN = join(REPO_ROOT, 'apps/cli/src/main.ts');

export interface WorkerProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves once the worker has printed `text`; rejects if it exits first. */
  waitFor(text: string): Promise<void>;
  /** The id the worker announced, which it writes as the holder of the batches it claims. */
  workerId(): Promise<string>;
}

export function startWorker(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'worker'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let out = '';
  const listeners: (() => void)[] = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    listeners.forEach((l) => l());
  });
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const waitFor = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => out.includes(text) && resolve();
      listeners.push(check);
      child.once('exit', (code) =>
        reject(new Error(`worker exited (${code}) before "${text}":\n${out}`)),
      );
      check();
    });
  return {
    child,
    output: () => out,
    waitFor,
    async workerId() {
      await waitFor('is waiting for re-index jobs.');
      return /Worker (\S+) is waiting/.exec(out)![1]!;
    },
  };
}

export function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode ? resolve() : child.once('exit', () => resolve()),
  );
}
