// Side-by-side timing on a shared, noisy machine: every contender runs once per round, in turn,
// so background load hits all of them alike; we report the median (and p10/p90) per contender.
import { cpus, loadavg } from 'node:os';
import { median } from './ndcg.ts';

export interface Contender {
  name: string;
  run: () => unknown;
  /** Fewer rounds for very slow contenders (default: all rounds). */
  rounds?: number;
}

export interface Timing {
  name: string;
  p10: number;
  p50: number;
  p90: number;
  runs: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export async function timeSideBySide(
  contenders: Contender[],
  rounds: number,
  warmup = 3,
): Promise<Timing[]> {
  for (const c of contenders) for (let i = 0; i < warmup; i++) await c.run();
  const times = contenders.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    for (const [index, c] of contenders.entries()) {
      if (round >= (c.rounds ?? rounds)) continue;
      const start = performance.now();
      await c.run();
      times[index]!.push(performance.now() - start);
    }
  }
  return contenders.map((c, index) => {
    const sorted = times[index]!.sort((a, b) => a - b);
    return {
      name: c.name,
      p10: percentile(sorted, 0.1),
      p50: median(sorted),
      p90: percentile(sorted, 0.9),
      runs: sorted.length,
    };
  });
}

/** Waits (up to a minute) for the 1-minute load average to drop, and describes the machine. */
export async function describeMachine(): Promise<string> {
  for (let waited = 0; waited < 60 && loadavg()[0]! > 0.8; waited += 5) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
  const cpu = cpus();
  const load = loadavg()[0]!.toFixed(2);
  return `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, Node ${process.version}, 1-min load average at start ${load}`;
}

export function ms(value: number): string {
  return value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0);
}
