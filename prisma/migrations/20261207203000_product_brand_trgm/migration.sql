-- The typo fallback matches words against the title OR the brand (`<%`). With a trigram index on
-- the title only, the OR could not use an index and every product of the store was scanned and
-- compared per misspelled query; with both, the planner ORs two index scans.
CREATE INDEX "product_brand_trgm_idx" ON "product" USING GIN ("brand" gin_trgm_ops);
