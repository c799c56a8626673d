-- Room on each page so the disaggregated counters, updated by every fold (tens of thousands of
-- keys each time), are updated in place (HOT) instead of adding a new entry to their eight-column
-- primary key each time: PGlite never vacuums, so those entries would only pile up.
ALTER TABLE "disaggregated_rollups_monthly" SET (fillfactor = 70);
