-- A store's product types: the values of its type attributes that 5 or more products carry, kept
-- with the attribute summary by imports and re-index jobs, so searches read them (type intent,
-- packages/search/src/productTypes) without scanning the catalog.
CREATE TABLE "store_product_type" (
    "store_id" INTEGER NOT NULL,
    "attribute" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "products" INTEGER NOT NULL,

    CONSTRAINT "store_product_type_pkey" PRIMARY KEY ("store_id", "attribute", "value")
);

ALTER TABLE "store_product_type" ADD CONSTRAINT "store_product_type_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing stores' types, as the next refresh would compute them.
INSERT INTO "store_product_type" ("store_id", "attribute", "value", "products")
SELECT p.store_id, t.name, t.value, count(*)::int
FROM product p,
  LATERAL (VALUES ('attr_t_product_type', p.attributes ->> 'attr_t_product_type'),
                  ('attr_t_type', p.attributes ->> 'attr_t_type')) AS t(name, value)
WHERE t.value IS NOT NULL
GROUP BY p.store_id, t.name, t.value
HAVING count(*) >= 5;
