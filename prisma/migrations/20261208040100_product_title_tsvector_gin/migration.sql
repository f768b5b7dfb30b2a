-- The products holding a word in the title (or SKU): the weight-A part of search_vector, indexed
-- apart. A single word's title matches outrank all its other matches (textMatch.ts, titleLeaders),
-- so when they fill the page only they are read and ranked; the search_vector index cannot find
-- them alone, as it keeps no weights (a `word:A` query rechecks every match's tsvector).
CREATE INDEX "product_title_tsvector_idx" ON "product"
    USING GIN (to_tsvector('english', "title" || ' ' || "sku"));
