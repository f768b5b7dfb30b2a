-- Merchandising rules per store (pin a product at a position for a query, or hide it), applied by
-- search after reranking, and the history of every change to them (kept after a rule is deleted).
CREATE TYPE "rule_match" AS ENUM ('exact', 'contains');

CREATE TYPE "rule_action" AS ENUM ('pin', 'hide');

CREATE TABLE "store_rule" (
    "id" SERIAL NOT NULL,
    "store_id" INTEGER NOT NULL,
    "query" TEXT NOT NULL,
    "match" "rule_match" NOT NULL,
    "action" "rule_action" NOT NULL,
    "product_id" TEXT NOT NULL,
    "position" INTEGER,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "starts_at" TIMESTAMPTZ(3),
    "ends_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "store_rule_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "store_rule_change" (
    "id" SERIAL NOT NULL,
    "store_id" INTEGER NOT NULL,
    "rule_id" INTEGER NOT NULL,
    "change" TEXT NOT NULL,
    "by_email" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rule" JSONB NOT NULL,

    CONSTRAINT "store_rule_change_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "store_rule_store_id_idx" ON "store_rule"("store_id");

CREATE INDEX "store_rule_change_store_id_at_idx" ON "store_rule_change"("store_id", "at");

ALTER TABLE "store_rule" ADD CONSTRAINT "store_rule_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "store_rule_change" ADD CONSTRAINT "store_rule_change_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
