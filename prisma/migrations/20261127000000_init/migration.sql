-- Initial schema. Written to match prisma/schema.prisma exactly as `prisma migrate dev` would
-- name things, so `prisma migrate deploy` and the project's own runner agree.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "role" AS ENUM ('merchant', 'analyst');

-- CreateEnum
CREATE TYPE "availability" AS ENUM ('in_stock', 'out_of_stock', 'preorder', 'discontinued');

-- CreateEnum
CREATE TYPE "index_state" AS ENUM ('building', 'active', 'retired', 'failed');

-- CreateEnum
CREATE TYPE "job_kind" AS ENUM ('full', 'incremental');

-- CreateEnum
CREATE TYPE "job_state" AS ENUM ('queued', 'running', 'cancelling', 'cancelled', 'succeeded', 'failed');

-- CreateEnum
CREATE TYPE "batch_state" AS ENUM ('pending', 'running', 'done', 'failed');

-- CreateTable
CREATE TABLE "store" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "settings" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "password_hash" TEXT NOT NULL,
    "is_platform_admin" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "store_membership" (
    "user_id" INTEGER NOT NULL,
    "store_id" INTEGER NOT NULL,
    "role" "role" NOT NULL,

    CONSTRAINT "store_membership_pkey" PRIMARY KEY ("user_id","store_id","role")
);

-- CreateTable
CREATE TABLE "session" (
    "token_hash" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "csrf_token" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("token_hash")
);

-- CreateTable
CREATE TABLE "product" (
    "store_id" INTEGER NOT NULL,
    "id" TEXT NOT NULL,
    "sku" TEXT NOT NULL DEFAULT '',
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "brand" TEXT NOT NULL DEFAULT '',
    "category_path" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "price_minor" INTEGER,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "attributes" JSONB NOT NULL DEFAULT '{}',
    "image_url" TEXT,
    "availability" "availability" NOT NULL DEFAULT 'in_stock',
    "gtins" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "released_at" TIMESTAMPTZ(3),
    "content_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    -- Weighted document for the PostgreSQL first stage: title and model number > brand >
    -- description > text attributes. Generated, so no writer can let it drift from the row.
    "search_vector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', "title" || ' ' || "sku"), 'A') ||
        setweight(to_tsvector('english', "brand"), 'B') ||
        setweight(to_tsvector('english', "description"), 'C') ||
        setweight(jsonb_to_tsvector('english', "attributes", '["string"]'), 'D')
    ) STORED,

    CONSTRAINT "product_pkey" PRIMARY KEY ("store_id","id")
);

-- CreateTable
CREATE TABLE "index_version" (
    "id" SERIAL NOT NULL,
    "store_id" INTEGER NOT NULL,
    "model" TEXT NOT NULL,
    "model_dim" INTEGER NOT NULL,
    "codec" TEXT NOT NULL,
    "state" "index_state" NOT NULL DEFAULT 'building',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activated_at" TIMESTAMPTZ(3),
    "retired_at" TIMESTAMPTZ(3),

    CONSTRAINT "index_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product_embedding" (
    "index_version_id" INTEGER NOT NULL,
    "store_id" INTEGER NOT NULL,
    "product_id" TEXT NOT NULL,
    "token_count" INTEGER NOT NULL,
    "codec" TEXT NOT NULL,
    "vectors" BYTEA NOT NULL,
    "token_ids" INTEGER[],
    "content_hash" TEXT NOT NULL,

    CONSTRAINT "product_embedding_pkey" PRIMARY KEY ("index_version_id","product_id")
);

-- CreateTable
CREATE TABLE "reindex_job" (
    "id" SERIAL NOT NULL,
    "store_id" INTEGER NOT NULL,
    "index_version_id" INTEGER NOT NULL,
    "kind" "job_kind" NOT NULL,
    "state" "job_state" NOT NULL DEFAULT 'queued',
    "total" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "failed_count" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "requested_by" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reindex_job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reindex_batch" (
    "id" SERIAL NOT NULL,
    "job_id" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "product_ids" TEXT[],
    "state" "batch_state" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "locked_by" TEXT,
    "locked_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "reindex_batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reindex_failure" (
    "id" SERIAL NOT NULL,
    "job_id" INTEGER NOT NULL,
    "product_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reindex_failure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "judgment_set" (
    "id" SERIAL NOT NULL,
    "store_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "judgment_set_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "judgment" (
    "judgment_set_id" INTEGER NOT NULL,
    "query" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "grade" SMALLINT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "judgment_pkey" PRIMARY KEY ("judgment_set_id","query","product_id")
);

-- CreateTable
CREATE TABLE "evaluation_run" (
    "id" SERIAL NOT NULL,
    "store_id" INTEGER NOT NULL,
    "judgment_set_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "configs" JSONB NOT NULL,
    "results" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evaluation_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "search_event" (
    "id" BIGSERIAL NOT NULL,
    "store_id" INTEGER NOT NULL,
    "query" TEXT NOT NULL,
    "profile" TEXT NOT NULL,
    "latency_ms" REAL NOT NULL,
    "result_count" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "search_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "store_slug_key" ON "store"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "store_membership_store_id_idx" ON "store_membership"("store_id");

-- CreateIndex
CREATE INDEX "session_user_id_idx" ON "session"("user_id");

-- CreateIndex
CREATE INDEX "session_expires_at_idx" ON "session"("expires_at");

-- CreateIndex
CREATE INDEX "product_store_id_brand_idx" ON "product"("store_id", "brand");

-- CreateIndex
CREATE INDEX "product_store_id_price_minor_idx" ON "product"("store_id", "price_minor");

-- CreateIndex
CREATE INDEX "product_store_id_updated_at_idx" ON "product"("store_id", "updated_at");

-- CreateIndex
CREATE INDEX "index_version_store_id_state_idx" ON "index_version"("store_id", "state");

-- CreateIndex
CREATE INDEX "product_embedding_store_id_idx" ON "product_embedding"("store_id");

-- CreateIndex
CREATE INDEX "reindex_job_store_id_state_idx" ON "reindex_job"("store_id", "state");

-- CreateIndex
CREATE INDEX "reindex_batch_job_id_state_idx" ON "reindex_batch"("job_id", "state");

-- CreateIndex
CREATE UNIQUE INDEX "reindex_batch_job_id_seq_key" ON "reindex_batch"("job_id", "seq");

-- CreateIndex
CREATE INDEX "reindex_failure_job_id_idx" ON "reindex_failure"("job_id");

-- CreateIndex
CREATE UNIQUE INDEX "judgment_set_store_id_name_key" ON "judgment_set"("store_id", "name");

-- CreateIndex
CREATE INDEX "evaluation_run_store_id_created_at_idx" ON "evaluation_run"("store_id", "created_at");

-- CreateIndex
CREATE INDEX "search_event_store_id_created_at_idx" ON "search_event"("store_id", "created_at");

-- Not expressible in the Prisma schema: the full-text index, trigram indexes for typo-tolerant
-- matching, and the invariants "one active index version per store" and "one unfinished
-- re-index job per store".
CREATE INDEX "product_search_vector_idx" ON "product" USING GIN ("search_vector");
CREATE INDEX "product_title_trgm_idx" ON "product" USING GIN ("title" gin_trgm_ops);
CREATE UNIQUE INDEX "index_version_one_active_per_store" ON "index_version"("store_id") WHERE "state" = 'active';
CREATE UNIQUE INDEX "reindex_job_one_unfinished_per_store" ON "reindex_job"("store_id") WHERE "state" IN ('queued', 'running', 'cancelling');

-- AddForeignKey
ALTER TABLE "store_membership" ADD CONSTRAINT "store_membership_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "store_membership" ADD CONSTRAINT "store_membership_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product" ADD CONSTRAINT "product_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "index_version" ADD CONSTRAINT "index_version_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_embedding" ADD CONSTRAINT "product_embedding_index_version_id_fkey" FOREIGN KEY ("index_version_id") REFERENCES "index_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reindex_job" ADD CONSTRAINT "reindex_job_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reindex_job" ADD CONSTRAINT "reindex_job_index_version_id_fkey" FOREIGN KEY ("index_version_id") REFERENCES "index_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reindex_batch" ADD CONSTRAINT "reindex_batch_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "reindex_job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reindex_failure" ADD CONSTRAINT "reindex_failure_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "reindex_job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "judgment_set" ADD CONSTRAINT "judgment_set_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "judgment" ADD CONSTRAINT "judgment_judgment_set_id_fkey" FOREIGN KEY ("judgment_set_id") REFERENCES "judgment_set"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_run" ADD CONSTRAINT "evaluation_run_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_run" ADD CONSTRAINT "evaluation_run_judgment_set_id_fkey" FOREIGN KEY ("judgment_set_id") REFERENCES "judgment_set"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "search_event" ADD CONSTRAINT "search_event_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
