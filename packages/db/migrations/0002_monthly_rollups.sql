CREATE TABLE "answer_rollups_monthly" (
	"org_id" uuid NOT NULL,
	"survey_id" text NOT NULL,
	"month" date NOT NULL,
	"site_id" uuid NOT NULL,
	"question" text NOT NULL,
	"value" text NOT NULL,
	"n" bigint NOT NULL,
	"total" double precision DEFAULT 0 NOT NULL,
	"total_squares" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "answer_rollups_monthly_org_id_survey_id_month_site_id_question_value_pk" PRIMARY KEY("org_id","survey_id","month","site_id","question","value")
);
--> statement-breakpoint
-- fill the monthly counts from the daily ones already stored
INSERT INTO "answer_rollups_monthly" ("org_id", "survey_id", "month", "site_id", "question", "value", "n", "total", "total_squares")
SELECT "org_id", "survey_id", date_trunc('month', "day")::date, "site_id", "question", "value", sum("n"), sum("total"), sum("total_squares")
FROM "answer_rollups"
GROUP BY 1, 2, 3, 4, 5, 6;
