-- CreateTable
CREATE TABLE "store_attribute" (
    "store_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "products" INTEGER NOT NULL,
    "distinct_values" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "store_attribute_pkey" PRIMARY KEY ("store_id","name")
);

-- AddForeignKey
ALTER TABLE "store_attribute" ADD CONSTRAINT "store_attribute_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
