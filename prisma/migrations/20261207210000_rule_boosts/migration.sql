-- Boost and bury rules: for a query, multiply the reranked score of the products matching a filter
-- (brands, price, availability, attributes) by a factor (below 1 buries). They name no product.
ALTER TYPE "rule_action" ADD VALUE 'boost';

ALTER TABLE "store_rule" ALTER COLUMN "product_id" DROP NOT NULL;
ALTER TABLE "store_rule" ADD COLUMN "factor" DOUBLE PRECISION;
ALTER TABLE "store_rule" ADD COLUMN "filter" JSONB;
