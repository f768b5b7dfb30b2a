import { describe, expect, it } from 'vitest';
import { processCpuMs, statCpuMs } from '../src/traffic/processCpu.ts';

/** Keeps this process on the CPU for `ms` of CPU time. */
function burn(ms: number): void {
  const start = process.cpuUsage();
  let spent = 0;
  while (spent < ms * 1000) {
    const cpu = process.cpuUsage(start);
    spent = cpu.user + cpu.system;
  }
}

describe('CPU time from /proc', () => {
  it("reads this process's CPU time as the kernel reports it to Node", () => {
    burn(300);
    const fromProc = processCpuMs(process.pid)!;
    const cpu = process.cpuUsage();
    const fromNode = (cpu.user + cpu.system) / 1000;
    // /proc counts in 10-ms ticks, utime and stime each rounded down.
    expect(fromProc).toBeGreaterThan(fromNode - 30);
    expect(fromProc).toBeLessThanOrEqual(fromNode + 1);
  });

  it('counts the CPU time spent between two readings', () => {
    const before = processCpuMs(process.pid)!;
    burn(200);
    expect(processCpuMs(process.pid)! - before).toBeGreaterThanOrEqual(170);
  });

  it('finds the fields after a command name holding spaces and parentheses', () => {
    const stat = `4242 (a (b) c) S 1 1 1 0 -1 4194560 10 0 0 0 57 13 0 0 20 0 1 0 100 0 0`;
    expect(statCpuMs(stat)).toBe(700);
  });

  it('answers null for a process that does not exist', () => {
    expect(processCpuMs(2 ** 22 + 1)).toBeNull();
  });
});
