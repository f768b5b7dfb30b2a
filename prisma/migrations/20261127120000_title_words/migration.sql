-- The product's title length in words, stored with its token rows: the hybrid profile's title-length
-- prior (packages/search/src/profiles.ts) reads it together with the vectors. Rows written before
-- this column take it from their product's current title (a changed title is re-encoded anyway).
ALTER TABLE "product_embedding" ADD COLUMN "title_words" INTEGER;

UPDATE "product_embedding" e
SET "title_words" = CASE
    WHEN btrim(p."title") = '' THEN 0
    ELSE array_length(regexp_split_to_array(btrim(p."title"), '\s+'), 1)
  END
FROM "product" p
WHERE p."store_id" = e."store_id" AND p."id" = e."product_id";
