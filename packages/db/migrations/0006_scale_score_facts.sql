-- Issue 15: rounded results (funders, share links) compute a scale mean from its respondents'
-- score distribution, counted per whole point in a fact `{ q: '@<indicator>', v: '<points>' }`
-- beside the `*` fact. Stored submissions get these facts from their `*` facts (the score is `x`,
-- rounded half up like Math.round), and the rollups count them for submissions already counted
-- (submissions still in rollup_queue are counted whole, new facts included, when folded).
-- Submissions that have score facts already are left alone, so running it twice adds nothing.
CREATE TEMPORARY TABLE "score_facts" AS
WITH "scale" AS (
  SELECT v."org_id", v."survey_id", v."version", '@' || (i->>'id') AS "question"
  FROM "survey_versions" v
  CROSS JOIN LATERAL jsonb_array_elements(coalesce(v."definition"->'indicators', '[]'::jsonb)) i
  WHERE i->>'kind' = 'scale_mean'
)
SELECT m."id", m."org_id", m."survey_id", (m."collected_at" AT TIME ZONE 'UTC')::date AS "day", m."site_id",
  f->>'q' AS "question", floor((f->>'x')::float8 + 0.5)::bigint::text AS "value",
  EXISTS (SELECT 1 FROM "rollup_queue" r WHERE r."submission_id" = m."id") AS "queued"
FROM "submissions" m
CROSS JOIN LATERAL json_array_elements(m."facts") f
JOIN "scale" s ON s."org_id" = m."org_id" AND s."survey_id" = m."survey_id" AND s."version" = m."version"
  AND s."question" = f->>'q'
WHERE f->>'v' = '*' AND f->>'x' IS NOT NULL
  AND NOT EXISTS (
    SELECT 1 FROM json_array_elements(m."facts") g WHERE g->>'q' = s."question" AND g->>'v' <> '*'
  );
--> statement-breakpoint
INSERT INTO "answer_rollups" ("org_id", "survey_id", "day", "site_id", "question", "value", "n", "total", "total_squares")
SELECT "org_id", "survey_id", "day", "site_id", "question", "value", count(*), 0, 0
FROM "score_facts" WHERE NOT "queued"
GROUP BY 1, 2, 3, 4, 5, 6
ON CONFLICT ("org_id", "survey_id", "day", "site_id", "question", "value") DO UPDATE SET "n" = "answer_rollups"."n" + excluded."n";
--> statement-breakpoint
INSERT INTO "answer_rollups_monthly" ("org_id", "survey_id", "month", "site_id", "question", "value", "n", "total", "total_squares")
SELECT "org_id", "survey_id", date_trunc('month', "day")::date, "site_id", "question", "value", count(*), 0, 0
FROM "score_facts" WHERE NOT "queued"
GROUP BY 1, 2, 3, 4, 5, 6
ON CONFLICT ("org_id", "survey_id", "month", "site_id", "question", "value") DO UPDATE SET "n" = "answer_rollups_monthly"."n" + excluded."n";
--> statement-breakpoint
UPDATE "submissions" m SET "facts" = (m."facts"::jsonb || a."facts")::json
FROM (
  SELECT "id", jsonb_agg(jsonb_build_object('q', "question", 'v', "value")) AS "facts"
  FROM "score_facts" GROUP BY "id"
) a
WHERE a."id" = m."id";
--> statement-breakpoint
DROP TABLE "score_facts";
