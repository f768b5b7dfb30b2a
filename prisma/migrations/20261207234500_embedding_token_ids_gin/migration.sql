-- Inverted lists from token id to products: candidates by meaning look up the products holding a
-- query word's nearest vocabulary words (`token_ids && ARRAY[…]`) without reading every row.
CREATE INDEX "product_embedding_token_ids_gin_idx" ON "product_embedding" USING GIN ("token_ids");
