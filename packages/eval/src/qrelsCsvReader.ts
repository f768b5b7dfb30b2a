import type { RawLine } from './lineSplitter.ts';
import { csvFields, isHeader, toJudgment } from './qrelsCsvRow.ts';
import type { Judgment, RowProblem } from './qrelsCsvRow.ts';
import { countRelevant, resolveThreshold } from './relevance.ts';
import type { Grade, Qrels } from './types.ts';

// TYPES

export type SkipReason =
  RowProblem['reason'] | 'blank-line' | 'invalid-utf8' | 'unknown-doc-id' | 'duplicate';

export interface SkippedRow {
  /** 1-based line number in the input. */
  line: number;
  reason: SkipReason;
  message: string;
  /** The line as read; invalid UTF-8 bytes appear as U+FFFD. */
  text: string;
}

export interface QrelsCsvOptions {
  /** Rows whose doc id is not known are skipped and reported. Default: every id is known. */
  knownDocIds?: ReadonlySet<string> | ((docId: string) => boolean);
  /** Lowest grade that counts as relevant for `queriesWithoutRelevant`. Default 1. */
  relevanceThreshold?: Grade;
}

export interface QrelsParseReport {
  /** Whether the first non-blank line was the `query,docid,rating` header. */
  hasHeader: boolean;
  /** No data lines at all: empty input, only blank lines, or only the header. */
  emptyFile: boolean;
  judgmentCount: number;
  skipped: readonly SkippedRow[];
  /** Queries kept with no judgment at or above the threshold: not an error, but metrics are
   * undefined for them. */
  queriesWithoutRelevant: readonly string[];
}

export interface QrelsParseResult {
  qrels: Qrels;
  report: QrelsParseReport;
}

// CLASS

/**
 * Turns qrels CSV lines into judgments, one line at a time, so strings and streams share it.
 * Duplicates (same query and docid) keep the FIRST row: a row appended later cannot silently
 * overwrite a judgment, and each later copy is reported with the line it duplicates.
 */
export class QrelsCsvReader {
  readonly #decoder = new TextDecoder('utf-8', { fatal: true });
  readonly #qrels = new Map<string, Map<string, Grade>>();
  readonly #judgmentLines = new Map<string, number>();
  readonly #skipped: SkippedRow[] = [];
  readonly #isKnown: (docId: string) => boolean;
  readonly #threshold: Grade;
  #hasHeader = false;
  #dataLines = 0;
  #judgmentCount = 0;

  constructor({ knownDocIds, relevanceThreshold }: QrelsCsvOptions = {}) {
    this.#isKnown =
      knownDocIds === undefined
        ? () => true
        : typeof knownDocIds === 'function'
          ? knownDocIds
          : (docId) => knownDocIds.has(docId);
    this.#threshold = resolveThreshold(relevanceThreshold);
  }

  read({ number, bytes }: RawLine): void {
    let text: string;
    try {
      text = this.#decoder.decode(bytes);
    } catch {
      this.#dataLines++;
      const shown = new TextDecoder().decode(bytes);
      return this.#skip(number, shown, { reason: 'invalid-utf8', message: 'invalid UTF-8' });
    }
    if (text.trim() === '') {
      return this.#skip(number, text, { reason: 'blank-line', message: 'blank line' });
    }
    const fields = csvFields(text);
    // Only the first non-blank line may be the header.
    const mayBeHeader = !this.#hasHeader && this.#dataLines === 0;
    if (mayBeHeader && Array.isArray(fields) && isHeader(fields)) {
      this.#hasHeader = true;
      return;
    }
    this.#dataLines++;
    if (!Array.isArray(fields)) return this.#skip(number, text, fields);
    const judgment = toJudgment(fields);
    if ('reason' in judgment) return this.#skip(number, text, judgment);
    this.#add(number, text, judgment);
  }

  result(): QrelsParseResult {
    return {
      qrels: this.#qrels,
      report: {
        hasHeader: this.#hasHeader,
        emptyFile: this.#dataLines === 0,
        judgmentCount: this.#judgmentCount,
        skipped: this.#skipped,
        queriesWithoutRelevant: [...this.#qrels]
          .filter(([, judgments]) => countRelevant(judgments, this.#threshold) === 0)
          .map(([query]) => query),
      },
    };
  }

  #add(line: number, text: string, { query, docId, grade }: Judgment): void {
    if (!this.#isKnown(docId)) {
      return this.#skip(line, text, {
        reason: 'unknown-doc-id',
        message: `unknown docid "${docId}"`,
      });
    }
    const key = JSON.stringify([query, docId]);
    const firstLine = this.#judgmentLines.get(key);
    if (firstLine !== undefined) {
      const kept = this.#qrels.get(query)?.get(docId);
      const grades =
        kept === grade ? `same grade ${grade}` : `kept grade ${kept}, dropped ${grade}`;
      return this.#skip(line, text, {
        reason: 'duplicate',
        message: `duplicate of line ${firstLine} (${grades})`,
      });
    }
    this.#judgmentLines.set(key, line);
    const judgments = this.#qrels.get(query) ?? new Map<string, Grade>();
    this.#qrels.set(query, judgments.set(docId, grade));
    this.#judgmentCount++;
  }

  #skip(
    line: number,
    text: string,
    { reason, message }: { reason: SkipReason; message: string },
  ): void {
    this.#skipped.push({ line, reason, message, text });
  }
}
