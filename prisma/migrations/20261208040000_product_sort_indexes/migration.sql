-- Browse and the price and newest sorts read their page in index order and stop after it, instead
-- of sorting every match of the store: each index holds the sort's keys in the search's order,
-- nulls last and the id as the tie-breaker (ORDER BY … NULLS LAST, id). A backward scan of an
-- ascending NULLS LAST index gives descending NULLS FIRST, so each direction of price has its own.
-- Only the ascending price index is expressible in the Prisma schema; the others live here.
DROP INDEX "product_store_id_price_minor_idx";
CREATE INDEX "product_store_id_price_minor_id_idx" ON "product"("store_id", "price_minor", "id");
CREATE INDEX "product_store_id_price_minor_desc_id_idx"
    ON "product"("store_id", "price_minor" DESC NULLS LAST, "id");
CREATE INDEX "product_store_id_released_at_desc_id_idx"
    ON "product"("store_id", "released_at" DESC NULLS LAST, "id");
