-- Online evaluation by team-draft interleaving: experiments (one running per store, enforced by
-- the unique running_store_id), the interleaved first pages served, and the results followed.
CREATE TABLE "experiment" (
    "id" SERIAL NOT NULL,
    "store_id" INTEGER NOT NULL,
    "running_store_id" INTEGER,
    "config_a" JSONB NOT NULL,
    "config_b" JSONB NOT NULL,
    "traffic_percent" SMALLINT NOT NULL,
    "retention_days" SMALLINT NOT NULL DEFAULT 30,
    "started_by" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stopped_by" TEXT,
    "stopped_at" TIMESTAMPTZ(3),

    CONSTRAINT "experiment_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "experiment_impression" (
    "id" TEXT NOT NULL,
    "experiment_id" INTEGER NOT NULL,
    "store_id" INTEGER NOT NULL,
    "query" TEXT NOT NULL,
    "visitor_id" TEXT NOT NULL,
    "items" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "experiment_impression_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "experiment_click" (
    "impression_id" TEXT NOT NULL,
    "position" SMALLINT NOT NULL,
    "product_id" TEXT NOT NULL,
    "team" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "experiment_click_pkey" PRIMARY KEY ("impression_id","position")
);

CREATE UNIQUE INDEX "experiment_running_store_id_key" ON "experiment"("running_store_id");

CREATE INDEX "experiment_store_id_started_at_idx" ON "experiment"("store_id", "started_at");

CREATE INDEX "experiment_impression_experiment_id_created_at_idx" ON "experiment_impression"("experiment_id", "created_at");

CREATE INDEX "experiment_impression_visitor_id_created_at_idx" ON "experiment_impression"("visitor_id", "created_at");

ALTER TABLE "experiment" ADD CONSTRAINT "experiment_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "experiment_impression" ADD CONSTRAINT "experiment_impression_experiment_id_fkey" FOREIGN KEY ("experiment_id") REFERENCES "experiment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "experiment_click" ADD CONSTRAINT "experiment_click_impression_id_fkey" FOREIGN KEY ("impression_id") REFERENCES "experiment_impression"("id") ON DELETE CASCADE ON UPDATE CASCADE;
