// A progress bar on stderr, drawn only on a terminal, for the commands that wait on long work.
import cliProgress from 'cli-progress';
import type { CliContext } from './context.ts';

/** A bar in `format`, started by its first update (when the total is known). */
export function terminalProgressBar<Payload extends object>(context: CliContext, format: string) {
  const bar = new cliProgress.SingleBar(
    {
      stream: context.stderr as NodeJS.WritableStream,
      format,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(value: number, total: number, payload: Payload) {
      if (!started) bar.start(total, 0, payload);
      started = true;
      bar.update(value, payload);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
