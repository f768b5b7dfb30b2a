-- Analysts' notes per query, kept with the judgment set (deleted with it).
CREATE TABLE "query_note" (
    "judgment_set_id" INTEGER NOT NULL,
    "query" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "query_note_pkey" PRIMARY KEY ("judgment_set_id", "query")
);

ALTER TABLE "query_note" ADD CONSTRAINT "query_note_judgment_set_id_fkey"
    FOREIGN KEY ("judgment_set_id") REFERENCES "judgment_set"("id") ON DELETE CASCADE ON UPDATE CASCADE;
