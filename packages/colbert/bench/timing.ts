// Side-by-side timing on a shared, noisy machine (other builds and test runs come and go):
// - contenders take turns, block by block, so slow drifts hit all of them alike;
// - each block runs a contender several times and is kept only if the rest of the machine was
//   idle meanwhile (CPU time of other processes from /proc/stat, in 10 ms ticks), so bursts of
//   foreign work do not pollute the numbers. We report quantiles over the kept blocks.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { median } from './ndcg.ts';

export interface Contender {
  name: string;
  run: () => unknown;
  /** Runs per block (default: enough for ~40 ms, from a first probe). */
  perBlock?: number;
  /** Fewer blocks for very slow contenders (default: all). */
  blocks?: number;
}

export interface Timing {
  name: string;
  /** Per-run milliseconds: quantiles of block means over the blocks kept. */
  p10: number;
  p50: number;
  p90: number;
  blocksKept: number;
  blocks: number;
}

/** Busy ticks of the whole machine and of this process (all threads). */
function ticks(): { machine: number; own: number } {
  const cpu = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]!
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const idle = cpu[3]! + cpu[4]!;
  const machine = cpu.reduce((a, b) => a + b, 0) - idle;
  const self = readFileSync('/proc/self/stat', 'utf8');
  const fields = self.slice(self.lastIndexOf(')') + 2).split(' ');
  return { machine, own: Number(fields[11]) + Number(fields[12]) };
}

function quantile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/**
 * Times each contender in `blocks` blocks. A block is dropped when other processes used more than
 * one 10 ms tick of CPU during it, plus 5% of its length for long blocks.
 */
export async function timeSideBySide(contenders: Contender[], blocks: number): Promise<Timing[]> {
  const perBlock: number[] = [];
  for (const c of contenders) {
    for (let i = 0; i < 3; i++) await c.run(); // warm-up
    const start = performance.now();
    await c.run();
    perBlock.push(
      c.perBlock ?? Math.max(1, Math.min(200, Math.round(40 / (performance.now() - start)))),
    );
  }
  const kept = contenders.map(() => [] as number[]);
  const all = contenders.map(() => [] as number[]);
  for (let block = 0; block < blocks; block++) {
    for (const [index, c] of contenders.entries()) {
      if (block >= (c.blocks ?? blocks)) continue;
      const before = ticks();
      const start = performance.now();
      for (let i = 0; i < perBlock[index]!; i++) await c.run();
      const elapsed = performance.now() - start;
      const after = ticks();
      const foreign = after.machine - before.machine - (after.own - before.own);
      all[index]!.push(elapsed / perBlock[index]!);
      if (foreign <= 1 + 0.05 * (elapsed / 10)) kept[index]!.push(elapsed / perBlock[index]!);
    }
  }
  return contenders.map((c, index) => {
    // With no quiet block at all, fall back to every block (and say so through blocksKept = 0).
    const sorted = (kept[index]!.length > 0 ? kept[index]! : all[index]!).sort((a, b) => a - b);
    return {
      name: c.name,
      p10: quantile(sorted, 0.1),
      p50: median(sorted),
      p90: quantile(sorted, 0.9),
      blocksKept: kept[index]!.length,
      blocks: all[index]!.length,
    };
  });
}

export function describeMachine(): string {
  const cpu = cpus();
  const load = loadavg()[0]!.toFixed(2);
  return `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, Node ${process.version}, 1-min load average at start ${load}`;
}

export function ms(value: number): string {
  return value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0);
}
