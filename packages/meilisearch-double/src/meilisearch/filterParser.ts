// Meilisearch's filter grammar (the subset the first stage emits, parsed for real):
//   expression = or;  or = and ("OR" and)*;  and = not ("AND" not)*;  not = "NOT" not | primary
//   primary    = "(" expression ")" | value condition
//   condition  = ("="|"!="|">"|">="|"<"|"<=") value | "IN" list | "NOT" "IN" list
//              | "EXISTS" | "NOT" "EXISTS" | value "TO" value
//   value      = word | "double quoted" | 'single quoted';  list = "[" (value ("," value)* ","?)? "]"
// A word is letters, digits, `_`, `-`, `.` and not a keyword; inside quotes `\` escapes the next
// character. Malformed input raises FilterSyntaxError, reported as `invalid_search_filter`.
import { FilterSyntaxError, tokenize, type Token } from './filterTokenizer.ts';

export type CompareOp = '=' | '!=' | '>' | '>=' | '<' | '<=';

export type FilterNode =
  | { kind: 'and' | 'or'; children: FilterNode[] }
  | { kind: 'not'; child: FilterNode }
  | { kind: 'compare'; field: string; op: CompareOp; value: string }
  | { kind: 'range'; field: string; from: string; to: string }
  | { kind: 'in'; field: string; values: string[] }
  | { kind: 'exists'; field: string };

const KEYWORDS = new Set([
  'AND',
  'OR',
  'NOT',
  'TO',
  'IN',
  'EXISTS',
  'IS',
  'NULL',
  'EMPTY',
  'CONTAINS',
  'STARTS',
  'WITH',
]);
const MAX_DEPTH = 200;

/** The parsed expression, or null for an empty filter. */
export function parseFilter(input: string): FilterNode | null {
  const tokens = tokenize(input);
  if (tokens[0]!.kind === 'end') return null;
  return new Parser(input, tokens).parseExpression();
}

class Parser {
  #i = 0;
  #depth = 0;
  constructor(
    readonly input: string,
    readonly tokens: Token[],
  ) {}

  parseExpression(): FilterNode {
    const node = this.#or();
    const rest = this.#peek();
    if (rest.kind !== 'end')
      this.#fail(
        `Found unexpected characters at the end of the filter: \`${this.input.slice(rest.start)}\`. You probably forgot an \`OR\` or an \`AND\` rule.`,
        rest,
      );
    return node;
  }

  #or(): FilterNode {
    return this.#chain('OR', 'or', () => this.#and());
  }

  #and(): FilterNode {
    return this.#chain('AND', 'and', () => this.#not());
  }

  #chain(keyword: string, kind: 'and' | 'or', operand: () => FilterNode): FilterNode {
    const children = [operand()];
    while (this.#isKeyword(this.#peek(), keyword)) {
      this.#i += 1;
      children.push(operand());
    }
    return children.length === 1 ? children[0]! : { kind, children };
  }

  #not(): FilterNode {
    if (!this.#isKeyword(this.#peek(), 'NOT')) return this.#primary();
    this.#i += 1;
    return { kind: 'not', child: this.#nested(() => this.#not()) };
  }

  #primary(): FilterNode {
    const token = this.#peek();
    if (token.kind === 'punct' && token.text === '(') {
      this.#i += 1;
      const inner = this.#nested(() => this.#or());
      this.#expectPunct(')', 'Expression is missing the following closing delimiter: `)`.');
      return inner;
    }
    const field = this.#value();
    const next = this.#next();
    if (next.kind === 'op')
      return { kind: 'compare', field, op: next.text as CompareOp, value: this.#value() };
    if (this.#isKeyword(next, 'IN')) return { kind: 'in', field, values: this.#list() };
    if (this.#isKeyword(next, 'EXISTS')) return { kind: 'exists', field };
    if (this.#isKeyword(next, 'NOT')) {
      const negated = this.#next();
      if (this.#isKeyword(negated, 'IN'))
        return { kind: 'not', child: { kind: 'in', field, values: this.#list() } };
      if (this.#isKeyword(negated, 'EXISTS'))
        return { kind: 'not', child: { kind: 'exists', field } };
      this.#fail('Was expecting `IN` or `EXISTS` after `NOT`.', negated);
    }
    if (next.kind === 'word' || next.kind === 'quoted') {
      this.#i -= 1;
      const from = this.#value();
      if (!this.#isKeyword(this.#next(), 'TO'))
        this.#fail('Was expecting `TO` between the two bounds of a range.', next);
      return { kind: 'range', field, from, to: this.#value() };
    }
    return this.#fail(
      'Was expecting an operation `=`, `!=`, `>=`, `>`, `<=`, `<`, `IN`, `NOT IN`, `TO`, `EXISTS`, or `NOT EXISTS`.',
      next,
    );
  }

  #list(): string[] {
    this.#expectPunct('[', 'Expected `[` after `IN` keyword.');
    const values: string[] = [];
    while (!(this.#peek().kind === 'punct' && this.#peek().text === ']')) {
      values.push(this.#value());
      if (this.#peek().kind === 'punct' && this.#peek().text === ',') this.#i += 1;
      else break;
    }
    this.#expectPunct(']', 'Expected matching `]` after the list of `IN` values.');
    return values;
  }

  #value(): string {
    const token = this.#next();
    if (token.kind === 'quoted') return token.text;
    if (token.kind === 'word' && !KEYWORDS.has(token.text)) return token.text;
    if (token.kind === 'word') {
      this.#fail(
        `\`${token.text}\` is a reserved keyword and thus can't be used as a value. To use \`${token.text}\` as a field name or a value, surround it by quotes.`,
        token,
      );
    }
    return this.#fail('Was expecting a value.', token);
  }

  #nested(parse: () => FilterNode): FilterNode {
    if (++this.#depth > MAX_DEPTH)
      this.#fail('The filter exceeded the maximum depth limit.', this.#peek());
    const node = parse();
    this.#depth -= 1;
    return node;
  }

  #expectPunct(text: string, message: string): void {
    const token = this.#next();
    if (token.kind !== 'punct' || token.text !== text) this.#fail(message, token);
  }

  #isKeyword(token: Token, keyword: string): boolean {
    return token.kind === 'word' && token.text === keyword;
  }

  #peek(): Token {
    return this.tokens[this.#i]!;
  }

  #next(): Token {
    const token = this.tokens[this.#i]!;
    if (token.kind !== 'end') this.#i += 1;
    return token;
  }

  #fail(message: string, at: Token): never {
    throw new FilterSyntaxError(
      `${message}\n${at.start + 1}:${this.input.length + 1} ${this.input}`,
    );
  }
}
