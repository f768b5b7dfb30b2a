// Configuration for the Prisma CLI. `prisma generate` needs no database; `prisma migrate deploy`
// (where the schema engine is available) reads DATABASE_URL. Elsewhere migrations are applied by
// `npm run cli -- db migrate`, which keeps `_prisma_migrations` compatible.
import { defineConfig } from 'prisma/config';

const url = process.env.DATABASE_URL;

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  ...(url ? { datasource: { url } } : {}),
});
