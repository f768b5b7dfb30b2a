import { createInterface } from 'node:readline/promises';
import { hashPassword } from '@shopsearch/platform';
import { findStore } from '@shopsearch/catalog';
import { InvalidArgumentError, type Command } from 'commander';
import { CliError } from '../cliError.ts';
import { print, withDatabase, type CliContext } from '../context.ts';

interface UserAddOptions {
  role?: 'merchant' | 'analyst';
  store: string[];
  admin?: boolean;
  name?: string;
}

const MIN_PASSWORD_LENGTH = 10;

function roleOption(value: string): 'merchant' | 'analyst' {
  if (value !== 'merchant' && value !== 'analyst')
    throw new InvalidArgumentError('choose merchant or analyst');
  return value;
}

/** The password comes from SHOPSEARCH_PASSWORD or the prompt, never the command line (ps shows that). */
async function readPassword(context: CliContext): Promise<string> {
  if (context.env.SHOPSEARCH_PASSWORD) return context.env.SHOPSEARCH_PASSWORD;
  if (!process.stdin.isTTY)
    throw new CliError('Set SHOPSEARCH_PASSWORD or run in a terminal to type the password.');
  const prompt = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  try {
    return await prompt.question('Password: ');
  } finally {
    prompt.close();
  }
}

export function registerUserAdd(user: Command, context: CliContext): void {
  user
    .command('add <email>')
    .description(
      'create a user (or add roles to an existing one) with a role in one or more stores',
    )
    .option(
      '--role <role>',
      'merchant (catalog and re-index) or analyst (comparison and evaluation)',
      roleOption,
    )
    .option(
      '--store <slug>',
      'a store the role applies in (repeatable)',
      (v, all: string[]) => [...all, v],
      [],
    )
    .option('--admin', 'platform administrator (stores and users)')
    .option('--name <name>', 'display name')
    .action((email: string, options: UserAddOptions) =>
      withDatabase(context, async (db) => {
        const address = email.trim().toLowerCase();
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address))
          throw new CliError(`"${email}" is not an email address.`);
        if (!options.admin && (!options.role || options.store.length === 0)) {
          throw new CliError('Give --role and at least one --store (or --admin).');
        }
        const stores = await Promise.all(options.store.map((slug) => findStore(db, slug)));
        const existing = await db.prisma.user.findUnique({ where: { email: address } });
        let userId = existing?.id;
        if (!existing) {
          const password = await readPassword(context);
          if (password.length < MIN_PASSWORD_LENGTH) {
            throw new CliError(`The password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
          }
          const created = await db.prisma.user.create({
            data: {
              email: address,
              name: options.name ?? '',
              passwordHash: await hashPassword(password),
              isPlatformAdmin: !!options.admin,
            },
          });
          userId = created.id;
        } else if (options.admin && !existing.isPlatformAdmin) {
          await db.prisma.user.update({
            where: { id: existing.id },
            data: { isPlatformAdmin: true },
          });
        }
        if (options.role) {
          await db.prisma.storeMembership.createMany({
            data: stores.map((s) => ({ userId: userId!, storeId: s.id, role: options.role! })),
            skipDuplicates: true,
          });
        }
        const where = stores.map((s) => s.slug).join(', ');
        const what = [
          options.admin ? 'platform administrator' : '',
          options.role ? `${options.role} of ${where}` : '',
        ]
          .filter(Boolean)
          .join(', ');
        print(context.stdout, `${existing ? 'Updated' : 'Created'} user ${address}: ${what}.`);
      }),
    );
}
