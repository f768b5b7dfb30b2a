// How imports look on a terminal: a progress bar while reading, then a summary with the first
// row errors; optionally every row error as CSV.
import { once } from 'node:events';
import { open } from 'node:fs/promises';
import {
  formatRowError,
  type ImportProgress,
  type ImportReport,
  type RowError,
} from '@shopsearch/catalog';
import { CliError } from './cliError.ts';
import { print, type CliContext } from './context.ts';
import { terminalProgressBar } from './progressBar.ts';

const MB = 1024 * 1024;

/** A progress bar on stderr (drawn only on a terminal); `update` fits `onProgress`. */
export function startProgressBar(context: CliContext, label: string) {
  const bar = terminalProgressBar<{ rows: string; read: string; size: string }>(
    context,
    `${label} [{bar}] {percentage}% | {rows} rows | {read}/{size} MB | ETA {eta_formatted}`,
  );
  return {
    update(progress: ImportProgress) {
      bar.update(progress.bytesRead, progress.totalBytes, {
        rows: progress.rowsRead.toLocaleString('en-US'),
        read: (progress.bytesRead / MB).toFixed(1),
        size: (progress.totalBytes / MB).toFixed(1),
      });
    },
    stop: bar.stop,
  };
}

const count = (n: number) => n.toLocaleString('en-US');
const rows = (n: number) => `${count(n)} row${n === 1 ? '' : 's'}`;

/** Prints the outcome; marks the run as failed when anything was not imported. */
export function printImportReport(context: CliContext, report: ImportReport, showErrors: number) {
  print(
    context.stdout,
    `${report.file} → store "${report.store}" (${report.format}): ${rows(report.rowsRead)} read, ${count(report.inserted)} inserted, ${count(report.updated)} updated, ${count(report.unchanged)} unchanged, ${count(report.invalid)} invalid.`,
  );
  if (report.ignoredColumns.length) {
    print(context.stdout, `Ignored columns: ${report.ignoredColumns.join(', ')}.`);
  }
  if (report.errorCount) {
    const shown = report.errors.slice(0, showErrors);
    const more = report.errorCount - shown.length;
    const problems = `${count(report.errorCount)} problem${report.errorCount === 1 ? '' : 's'}`;
    print(context.stderr, `${problems} in ${rows(report.invalid)}:`);
    for (const error of shown) print(context.stderr, `  ${formatRowError(error)}`);
    if (more > 0) print(context.stderr, `  … and ${count(more)} more.`);
  }
  if (report.fileError) print(context.stderr, `Reading stopped early: ${report.fileError.message}`);
  if (report.invalid || report.fileError) context.exitCode = 1;
}

function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Streams row errors to a CSV file: row, line, product_id, field, reason. */
export async function openErrorCsv(path: string) {
  let handle;
  try {
    handle = await open(path, 'w');
  } catch (error) {
    throw new CliError(`Cannot write the errors file ${path}: ${(error as Error).message}`);
  }
  const file = handle.createWriteStream({ encoding: 'utf8' });
  file.write('row,line,product_id,field,reason\n');
  return {
    write(error: RowError) {
      const fields = [error.row, error.line, error.productId, error.field, error.reason];
      file.write(`${fields.map(csvField).join(',')}\n`);
    },
    async close() {
      file.end();
      await once(file, 'finish');
    },
  };
}
