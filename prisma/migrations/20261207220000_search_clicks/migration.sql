-- Storefront result clicks for analytics (low-click queries): anonymous, one row per click.
CREATE TABLE "search_click" (
    "id" BIGSERIAL NOT NULL,
    "store_id" INTEGER NOT NULL,
    "query" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "search_click_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "search_click_store_id_created_at_idx" ON "search_click"("store_id", "created_at");

ALTER TABLE "search_click" ADD CONSTRAINT "search_click_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
