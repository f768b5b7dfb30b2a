// The demo's process supervision on real processes: a stop reaches what a child started under it
// (as npx starts next-server), and one process failing stops the others and is reported.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../src/cliError.ts';
import { start, supervise } from '../src/processGroup.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-process-group-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

/** A shell that starts a long-lived node grandchild (its pid written to `pidFile`) and waits. */
function shellWithGrandchild(pidFile: string) {
  const grandchild = `require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => {}, 1000)`;
  return start(
    'sh',
    ['-c', `"${process.execPath}" -e "${grandchild.replace(/"/g, '\\"')}" & wait`],
    dir,
    {},
  );
}

async function pidIn(file: string): Promise<number> {
  for (let tries = 0; tries < 200; tries++) {
    const text = await readFile(file, 'utf8').catch(() => '');
    if (text) return Number(text);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no pid in ${file}`);
}

async function ended(pid: number): Promise<boolean> {
  for (let tries = 0; tries < 100; tries++) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

describe('process groups', () => {
  it('stops a child and what it started when asked to stop, and resolves', async () => {
    const pidFile = join(dir, 'stopped.pid');
    const stop = new AbortController();
    const served = supervise([shellWithGrandchild(pidFile)], stop.signal);
    const grandchild = await pidIn(pidFile);
    stop.abort();
    await expect(served).resolves.toBeUndefined();
    expect(await ended(grandchild)).toBe(true);
  });

  it('stops the others when one fails, and reports the failure', async () => {
    const pidFile = join(dir, 'sibling.pid');
    const sibling = shellWithGrandchild(pidFile);
    const grandchild = await pidIn(pidFile);
    const failing = start('sh', ['-c', 'exit 3'], dir, {});
    const served = supervise([sibling, failing], new AbortController().signal);
    await expect(served).rejects.toThrow(CliError);
    await expect(served).rejects.toThrow('sh -c exit 3 exited with 3');
    expect(await ended(grandchild)).toBe(true);
  });
});
