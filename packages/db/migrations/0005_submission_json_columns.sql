-- A submission's answers and facts are written once and read whole (the rollup folder, exports,
-- row views); answer filters use ->>, which json has too. Keep them as checked JSON text: building
-- jsonb for ~60 small fact objects was two thirds of an insert's cost, and every export converted
-- jsonb back to text. Rewrites the table once (about 2 minutes per million submissions).
ALTER TABLE "submissions" ALTER COLUMN "answers" SET DATA TYPE json USING "answers"::json;--> statement-breakpoint
ALTER TABLE "submissions" ALTER COLUMN "facts" SET DATA TYPE json USING "facts"::json;
