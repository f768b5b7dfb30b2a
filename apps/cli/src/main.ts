// Entry point: `npm run cli -- <command>` from the repository root.
import { runCli } from './runCli.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
