-- The questions a survey declares for disaggregation (`disaggregateBy`) whose rollups below are
-- complete: every submission of the survey not waiting in rollup_queue is counted in them. Filled
-- (with a backfill of the rollups) by the API's rollup folder when it starts and when a published
-- version declares a new question; until then, results filtered by the question read the rows.
CREATE TABLE "disaggregations" (
	"org_id" uuid NOT NULL,
	"survey_id" text NOT NULL,
	"question" text NOT NULL,
	CONSTRAINT "disaggregations_org_id_survey_id_question_pk" PRIMARY KEY("org_id","survey_id","question")
);
--> statement-breakpoint
-- answer_rollups_monthly split by the answer to a declared question (`by_question`, `by_value`).
-- Monthly only: per day they would hold about ten times as many rows as answer_rollups (a row per
-- day, site, answer and fact); the days at the edges of a range, and weekly timelines, read the rows.
CREATE TABLE "disaggregated_rollups_monthly" (
	"org_id" uuid NOT NULL,
	"survey_id" text NOT NULL,
	"by_question" text NOT NULL,
	"by_value" text NOT NULL,
	"month" date NOT NULL,
	"site_id" uuid NOT NULL,
	"question" text NOT NULL,
	"value" text NOT NULL,
	"n" bigint NOT NULL,
	"total" double precision DEFAULT 0 NOT NULL,
	"total_squares" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "disaggregated_rollups_monthly_pk" PRIMARY KEY("org_id","survey_id","by_question","by_value","month","site_id","question","value")
);
