-- A store's synonyms, one row per line of the merchant's list: multi-way ("laptop, notebook",
-- `source` NULL) or one-way ("tv → television": `source` 'tv', `terms` {television}). Search reads
-- them at query time, so a change needs no re-index. They replace the unused `synonyms` key of
-- store.settings, which nothing ever wrote.
CREATE TABLE "store_synonym" (
    "store_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "source" TEXT,
    "terms" TEXT[],

    CONSTRAINT "store_synonym_pkey" PRIMARY KEY ("store_id","position")
);

ALTER TABLE "store_synonym" ADD CONSTRAINT "store_synonym_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
