// A store's synonyms as the merchant writes them, one line each:
//   laptop, notebook          multi-way: every term finds the others
//   tv → television, telly    one-way: "tv" also finds the others, not the reverse ("->", "=>" too)
// Blank lines and lines starting with "#" are skipped. Terms are compared as search compares
// words: case-folded, with spaces collapsed. Resolved quietly: a term repeated within a line, a
// one-way term pointing at itself. Refused, naming the line: a term in two multi-way groups, a
// one-way term listed on two lines, one-way lines that form a cycle, a one-way line between terms
// of one group, too many lines or terms, empty or over-long terms.

export const SYNONYM_LIMITS = {
  /** Synonym lines per store (comments and blank lines not counted). */
  lines: 10_000,
  /** Terms on one line. */
  termsPerLine: 20,
  /** Characters in one term. */
  termLength: 100,
  /** Refusals reported at once. */
  reportedErrors: 20,
} as const;

/** One line: `source` null for multi-way; otherwise `source` also finds `terms`. */
export interface SynonymLine {
  source: string | null;
  terms: string[];
}

export interface SynonymError {
  /** 1-based line in the merchant's text; 0 for the list as a whole. */
  line: number;
  /** A sentence; `describeSynonymError` puts the line before it. */
  message: string;
}

export function describeSynonymError(error: SynonymError): string {
  return error.line ? `Line ${error.line}: ${error.message}` : error.message;
}

export type ParsedSynonyms =
  { ok: true; lines: SynonymLine[] } | { ok: false; errors: SynonymError[] };

const ONE_WAY = /\s*(?:→|->|=>)\s*/u;

/** How search compares terms: NFKC, lower case, single spaces. */
export function normalizeTerm(term: string): string {
  return term.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

export function parseSynonyms(text: string): ParsedSynonyms {
  const errors: SynonymError[] = [];
  const lines: SynonymLine[] = [];
  const lineNumbers: number[] = [];
  const rawLines = text.split(/\r?\n/u);
  for (const [index, raw] of rawLines.entries()) {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (lines.length === SYNONYM_LIMITS.lines) {
      return fail(
        0,
        `The list has more than ${SYNONYM_LIMITS.lines.toLocaleString('en-US')} lines of synonyms; split it or remove some.`,
      );
    }
    const parsed = parseLine(trimmed);
    if (typeof parsed === 'string') errors.push({ line: index + 1, message: parsed });
    else {
      lines.push(parsed);
      lineNumbers.push(index + 1);
    }
  }
  if (errors.length === 0) errors.push(...conflicts(lines, lineNumbers));
  return errors.length
    ? { ok: false, errors: errors.slice(0, SYNONYM_LIMITS.reportedErrors) }
    : { ok: true, lines };
}

/** The merchant's text for stored lines (what the admin shows and exports). */
export function formatSynonyms(lines: readonly SynonymLine[]): string {
  return lines
    .map((l) => (l.source === null ? l.terms.join(', ') : `${l.source} → ${l.terms.join(', ')}`))
    .join('\n');
}

function fail(line: number, message: string): ParsedSynonyms {
  return { ok: false, errors: [{ line, message }] };
}

function parseLine(text: string): SynonymLine | string {
  const sides = text.split(ONE_WAY);
  if (sides.length > 2) return 'More than one arrow: write one one-way rule per line.';
  if (sides.length === 2) {
    const [left, right] = sides as [string, string];
    if (left.includes(','))
      return 'Several terms before the arrow: a one-way rule starts from one term.';
    const source = checkTerms([left]);
    if (typeof source === 'string') return source;
    const terms = checkTerms(right.split(','));
    if (typeof terms === 'string') return terms;
    const others = terms.filter((t) => t !== source[0]);
    return others.length
      ? { source: source[0]!, terms: others }
      : `“${source[0]}” needs a synonym after the arrow.`;
  }
  const terms = checkTerms(text.split(','));
  if (typeof terms === 'string') return terms;
  return terms.length > 1
    ? { source: null, terms }
    : `“${terms[0]}” needs at least one synonym, separated by a comma.`;
}

/** Normalised, distinct terms, or why the line is refused. */
function checkTerms(raw: string[]): string[] | string {
  if (raw.length > SYNONYM_LIMITS.termsPerLine)
    return `${raw.length} terms: a line can hold at most ${SYNONYM_LIMITS.termsPerLine}.`;
  const terms: string[] = [];
  for (const item of raw) {
    const term = normalizeTerm(item);
    if (term === '') return 'An empty term (two commas in a row, or nothing beside the arrow).';
    if (term.length > SYNONYM_LIMITS.termLength) {
      const start = `${term.slice(0, 20)}…`;
      return `A term of ${term.length} characters (“${start}”): a term can be at most ${SYNONYM_LIMITS.termLength}.`;
    }
    if (!/[\p{L}\p{N}]/u.test(term)) return `“${term}” has no letter or digit to search for.`;
    if (!terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** Conflicts between lines, each named by the later line. */
function conflicts(lines: readonly SynonymLine[], lineNumbers: readonly number[]): SynonymError[] {
  const errors: SynonymError[] = [];
  const groupOf = new Map<string, number>();
  const oneWayOf = new Map<string, number>();
  lines.forEach((line, i) => {
    const at = lineNumbers[i]!;
    if (line.source === null) {
      for (const term of line.terms) {
        const earlier = groupOf.get(term);
        if (earlier !== undefined) {
          errors.push({
            line: at,
            message: `“${term}” is already in the group on line ${lineNumbers[earlier]}; a term belongs to one group, so merge the two lines.`,
          });
          return;
        }
      }
      for (const term of line.terms) groupOf.set(term, i);
    }
  });
  lines.forEach((line, i) => {
    const at = lineNumbers[i]!;
    if (line.source === null) return;
    const earlier = oneWayOf.get(line.source);
    if (earlier !== undefined) {
      errors.push({
        line: at,
        message: `“${line.source}” already has one-way synonyms on line ${lineNumbers[earlier]}; list them all on one line.`,
      });
      return;
    }
    oneWayOf.set(line.source, i);
    const group = groupOf.get(line.source);
    const inGroup = line.terms.find((t) => group !== undefined && groupOf.get(t) === group);
    if (inGroup) {
      errors.push({
        line: at,
        message: `“${line.source}” and “${inGroup}” already find each other (line ${lineNumbers[group!]}).`,
      });
    }
  });
  if (errors.length) return errors;
  const cycle = findCycle(lines);
  if (cycle) {
    const [first, ...rest] = cycle.map((i) => lineNumbers[i]!);
    errors.push({
      line: rest.at(-1) ?? first!,
      message: `One-way lines ${[first, ...rest].join(', ')} lead back to where they start (${cycle.map((i) => lines[i]!.source).join(' → ')} → ${lines[cycle[0]!]!.source}); write terms that should find each other as one multi-way line.`,
    });
  }
  return errors;
}

/** The indexes of one-way lines forming a cycle, if any (iterative depth-first search). */
function findCycle(lines: readonly SynonymLine[]): number[] | null {
  const lineOf = new Map<string, number>();
  lines.forEach((l, i) => l.source !== null && lineOf.set(l.source, i));
  const state = new Map<number, 'open' | 'done'>();
  for (const start of lineOf.values()) {
    if (state.has(start)) continue;
    const path: number[] = [];
    const stack: { line: number; next: number }[] = [{ line: start, next: 0 }];
    state.set(start, 'open');
    path.push(start);
    while (stack.length) {
      const top = stack.at(-1)!;
      const terms = lines[top.line]!.terms;
      if (top.next === terms.length) {
        state.set(top.line, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const child = lineOf.get(terms[top.next++]!);
      if (child === undefined || state.get(child) === 'done') continue;
      if (state.get(child) === 'open') return path.slice(path.indexOf(child));
      state.set(child, 'open');
      path.push(child);
      stack.push({ line: child, next: 0 });
    }
  }
  return null;
}
