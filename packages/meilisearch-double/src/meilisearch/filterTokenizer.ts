// Splits a filter expression into tokens: punctuation, comparison operators, bare words and
// quoted values (unescaped: `\` escapes the next character). Keywords stay words; the parser
// decides where they may appear.

export class FilterSyntaxError extends Error {
  override name = 'FilterSyntaxError';
}

export interface Token {
  kind: 'punct' | 'op' | 'word' | 'quoted' | 'end';
  text: string;
  start: number;
}

const WORD_CHAR = /[\p{L}\p{N}_.-]/u;
const ESCAPES: Record<string, string> = {
  '\\': '\\',
  '"': '"',
  "'": "'",
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
};

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    const start = i;
    if (/\s/.test(c)) {
      i += 1;
    } else if ('()[],'.includes(c)) {
      tokens.push({ kind: 'punct', text: c, start });
      i += 1;
    } else if (c === '=' || c === '<' || c === '>' || c === '!') {
      const op = input[i + 1] === '=' ? `${c}=` : c;
      if (op === '!')
        throw new FilterSyntaxError(`Was expecting \`!=\`.\n${start + 1}:${start + 2} ${input}`);
      tokens.push({ kind: 'op', text: op, start });
      i += op.length;
    } else if (c === '"' || c === "'") {
      const [text, end] = readQuoted(input, i);
      tokens.push({ kind: 'quoted', text, start });
      i = end;
    } else if (WORD_CHAR.test(c)) {
      while (i < input.length && WORD_CHAR.test(input[i]!)) i += 1;
      tokens.push({ kind: 'word', text: input.slice(start, i), start });
    } else {
      throw new FilterSyntaxError(
        `Was expecting a value but instead got \`${c}\`.\n${start + 1}:${start + 2} ${input}`,
      );
    }
  }
  tokens.push({ kind: 'end', text: '', start: input.length });
  return tokens;
}

/** Reads a quoted value starting at its opening quote; returns the unescaped text and the end. */
function readQuoted(input: string, open: number): [string, number] {
  const quote = input[open]!;
  let text = '';
  for (let i = open + 1; i < input.length; i += 1) {
    const c = input[i]!;
    if (c === quote) return [text, i + 1];
    if (c !== '\\') {
      text += c;
      continue;
    }
    const escaped = ESCAPES[input[i + 1] ?? ''];
    if (escaped === undefined) {
      throw new FilterSyntaxError(
        `Malformed value: invalid escape \`\\${input[i + 1] ?? ''}\`.\n${i + 1}:${i + 3} ${input}`,
      );
    }
    text += escaped;
    i += 1;
  }
  throw new FilterSyntaxError(
    `Expression \`${input.slice(open)}\` is missing the following closing delimiter: \`${quote}\`.\n${open + 1}:${input.length + 1} ${input}`,
  );
}
