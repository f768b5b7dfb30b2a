// CPU time of a process on this machine, from Linux's /proc: how the traffic bench charges a
// server outside its own process, or a database's backends, with the work they did for it.
import { readFileSync } from 'node:fs';

/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in 1/100 s. */
const CLK_TCK = 100;

/** User + system CPU time `pid` has used so far, in ms; null when there is no such process. */
export function processCpuMs(pid: number): number | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  return statCpuMs(stat);
}

/**
 * utime + stime of a /proc/<pid>/stat line, in ms. The command name, in parentheses, may hold
 * spaces and parentheses itself, so fields are counted from after the last ')': utime and stime
 * are then the 12th and 13th.
 */
export function statCpuMs(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
}
