-- Brand suggestions counted once per import instead of per keystroke: a two-letter prefix cannot
-- use the brand's trigram index, so the old statement read every product of the store.
CREATE TABLE "store_brand" (
    "store_id" INTEGER NOT NULL,
    "brand" TEXT NOT NULL,
    "products" INTEGER NOT NULL,

    CONSTRAINT "store_brand_pkey" PRIMARY KEY ("store_id","brand")
);

ALTER TABLE "store_brand" ADD CONSTRAINT "store_brand_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing stores get their summary now; later imports refresh it.
INSERT INTO "store_brand" ("store_id", "brand", "products")
SELECT "store_id", "brand", count(*)::int FROM "product" WHERE "brand" <> '' GROUP BY 1, 2;
