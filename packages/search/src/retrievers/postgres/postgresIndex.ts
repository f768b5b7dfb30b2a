import type { FirstStageIndex } from '../../firstStage.ts';

/** The product table is the PostgreSQL first stage's index: writes to it are the sync. */
export const postgresIndex: FirstStageIndex = {
  async prepare() {},
  async upsert() {},
  async remove() {},
};
