-- Keep a submission row (answers + facts, about 4 kB) inline and uncompressed instead of
-- compressing it with pglz on every insert: ingest spent most of its insert time there.
ALTER TABLE "submissions" SET (toast_tuple_target = 8160);
--> statement-breakpoint
-- Room on each page so the rollup counters, updated by every ingest transaction, are updated in
-- place (HOT) instead of adding a new entry to their six-column primary key each time.
ALTER TABLE "answer_rollups" SET (fillfactor = 70);
--> statement-breakpoint
ALTER TABLE "answer_rollups_monthly" SET (fillfactor = 70);
