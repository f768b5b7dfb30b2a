// A store's search settings (synonyms and rules) as one JSON file: exported, and imported into
// this or another store. An import reads and checks the whole file first (its shape, every
// synonym line as saving checks it, every rule as creating checks it, products included), then
// writes in one transaction; a refusal names the bad entry and writes nothing.
//
//   replace: the store's synonyms and rules become the file's (the old rules' deletions and the
//            new ones are recorded in the rules' history as "deleted" and "imported");
//   merge:   the file's synonym lines and rules are added to the store's, leaving out those the
//            store already has word for word; the merged list must still be valid (a term in
//            two groups is refused) and new rules must not contradict saved ones.
import {
  describeSynonymError,
  formatSynonyms,
  loadSynonymLines,
  normalizeTerm,
  parseSynonyms,
  RULE_LIMITS,
  type SynonymLine,
} from '@shopsearch/search';
import type { StoreRule } from '@shopsearch/db';
import { checked, ruleRow, type OtherRule, type RuleData } from './ruleChecks.ts';
import { RuleRefusedError } from './ruleErrors.ts';
import {
  MAX_SETTINGS_FILE_CHARS,
  SETTINGS_FILE_FORMAT,
  ZSettingsFile,
  type FileRule,
  type SettingsFile,
} from './settingsFileFormat.ts';
import { recordRuleChange, type RuleDeps } from './storeRules.ts';
import { applySynonyms, type SynonymDeps } from './storeSynonyms.ts';

export type ImportMode = 'replace' | 'merge';
export type SettingsFileDeps = RuleDeps & SynonymDeps;

export interface ImportOutcome {
  mode: ImportMode;
  synonymLines: number;
  rulesAdded: number;
  rulesRemoved: number;
}

export async function exportSearchSettings(
  { prisma }: Pick<RuleDeps, 'prisma'>,
  storeId: number,
  storeSlug: string,
): Promise<SettingsFile> {
  const [lines, rules] = await Promise.all([
    loadSynonymLines(prisma, storeId),
    prisma.storeRule.findMany({ where: { storeId }, orderBy: { id: 'asc' } }),
  ]);
  return {
    format: SETTINGS_FILE_FORMAT,
    version: 1,
    exportedAt: new Date().toISOString(),
    store: storeSlug,
    synonyms: synonymTexts(lines),
    rules: rules.map(toFileRule),
  };
}

export async function importSearchSettings(
  deps: SettingsFileDeps,
  storeId: number,
  text: string,
  mode: ImportMode,
  byEmail: string,
): Promise<ImportOutcome> {
  const file = readFile(text);
  const { prisma } = deps;
  const [savedLines, saved] = await Promise.all([
    loadSynonymLines(prisma, storeId),
    prisma.storeRule.findMany({ where: { storeId }, orderBy: { id: 'asc' } }),
  ]);
  const lines = checkedSynonyms(file.synonyms, mode === 'merge' ? savedLines : []);
  const kept = mode === 'merge' ? saved : [];
  const added = await checkedRules(deps, storeId, file.rules, kept);
  if (kept.length + added.length > RULE_LIMITS.rules)
    throw new SettingsFileRefusedError(
      `With the file the store would have ${kept.length + added.length} rules; at most ${RULE_LIMITS.rules} are allowed.`,
    );

  const removed = mode === 'replace' ? saved : [];
  await prisma.$transaction(async (tx) => {
    await tx.storeSynonym.deleteMany({ where: { storeId } });
    await tx.storeSynonym.createMany({
      data: lines.map((line, position) => ({ storeId, position, ...line })),
    });
    for (const rule of removed) {
      await tx.storeRule.delete({ where: { id: rule.id } });
      await recordRuleChange(tx, rule, 'deleted', byEmail);
    }
    for (const data of added) {
      const rule = await tx.storeRule.create({ data: { storeId, ...ruleRow(data) } });
      await recordRuleChange(tx, rule, 'imported', byEmail);
    }
  });
  await applySynonyms(deps, storeId);
  return {
    mode,
    synonymLines: lines.length,
    rulesAdded: added.length,
    rulesRemoved: removed.length,
  };
}

/** A file that cannot be imported; the message names the entry. Nothing was written. */
export class SettingsFileRefusedError extends RuleRefusedError {
  override name = 'SettingsFileRefusedError';
}

function readFile(text: string): SettingsFile {
  if (text.length > MAX_SETTINGS_FILE_CHARS)
    throw new SettingsFileRefusedError(
      `The file is too large (at most ${MAX_SETTINGS_FILE_CHARS.toLocaleString('en-US')} characters).`,
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SettingsFileRefusedError(`The file is not valid JSON: ${(error as Error).message}.`);
  }
  const parsed = ZSettingsFile.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new SettingsFileRefusedError(
    `The file was not imported: ${where(issue.path)}${issue.message}.`,
  );
}

/** "rules[3].factor" as "Rule 4 of the file, factor: ". */
function where(path: readonly PropertyKey[]): string {
  const [list, index, ...rest] = path;
  if (list === 'rules' && typeof index === 'number')
    return `Rule ${index + 1} of the file${rest.length ? `, ${rest.join('.')}` : ''}: `;
  if (list === 'synonyms' && typeof index === 'number') return `Synonym line ${index + 1}: `;
  return path.length ? `${path.join('.')}: ` : '';
}

function checkedSynonyms(fileLines: string[], savedLines: SynonymLine[]): SynonymLine[] {
  const saved = synonymTexts(savedLines);
  const have = new Set(saved);
  const merged = [...saved, ...fileLines.filter((l) => !have.has(l.trim()))];
  const parsed = parseSynonyms(merged.join('\n'));
  if (parsed.ok) return parsed.lines;
  const offset = saved.length;
  const described = parsed.errors.map((e) =>
    e.line === 0
      ? describeSynonymError(e)
      : e.line > offset
        ? describeSynonymError({ ...e, line: e.line - offset }).replace(/^Line/, 'Synonym line')
        : `With the store's own synonyms: ${describeSynonymError(e)}`,
  );
  throw new SettingsFileRefusedError(`The file was not imported. ${described.join(' ')}`);
}

/** Each rule checked as creating it would be, against the kept rules and the file's earlier ones. */
async function checkedRules(
  deps: Pick<RuleDeps, 'prisma'>,
  storeId: number,
  rules: FileRule[],
  kept: StoreRule[],
): Promise<RuleData[]> {
  const others: OtherRule[] = [...kept];
  const keys = new Set(kept.map((r) => sameRuleKey(toFileRule(r))));
  const out: RuleData[] = [];
  for (const [i, rule] of rules.entries()) {
    if (keys.has(sameRuleKey(rule))) continue;
    const input = {
      ...rule,
      startsAt: rule.startsAt ? new Date(rule.startsAt) : null,
      endsAt: rule.endsAt ? new Date(rule.endsAt) : null,
    };
    let data: RuleData;
    try {
      data = await checked(deps.prisma, storeId, input, null, others);
    } catch (error) {
      if (!(error instanceof RuleRefusedError)) throw error;
      throw new SettingsFileRefusedError(
        `The file was not imported: Rule ${i + 1} of the file (“${rule.query}”): ${error.message}`,
      );
    }
    keys.add(sameRuleKey(rule));
    others.push({ ...data, id: 0, label: `Rule ${i + 1} of the file` });
    out.push(data);
  }
  return out;
}

function synonymTexts(lines: readonly SynonymLine[]): string[] {
  return lines.length ? formatSynonyms(lines).split('\n') : [];
}

function toFileRule(rule: StoreRule): FileRule {
  return {
    query: rule.query,
    match: rule.match,
    action: rule.action,
    productId: rule.productId,
    position: rule.position,
    factor: rule.factor,
    filter: rule.filter as FileRule['filter'],
    enabled: rule.enabled,
    startsAt: rule.startsAt?.toISOString() ?? null,
    endsAt: rule.endsAt?.toISOString() ?? null,
  };
}

/** Rules that say the same thing word for word (a merge adds such a rule once). */
function sameRuleKey(rule: FileRule): string {
  return JSON.stringify({ ...rule, query: normalizeTerm(rule.query) });
}
