// A Vitest global setup for every suite that touches a database: before any test runs, it checks
// that the database this run would use is the one CI's leg expects (TEST_DATABASE_EXPECT), and
// prints the server and its version, so each suite's log says where it really ran.
import { basename } from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertExpectedTestDatabase, describeTestDatabase } from './testing.ts';

export default async function setup(project: TestProject): Promise<void> {
  assertExpectedTestDatabase();
  console.log(`[test database] ${basename(project.config.root)}: ${await describeTestDatabase()}`);
}
