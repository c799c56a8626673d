-- Issue 18: reports kept with the model (every figure) and the data version they were made from.
CREATE TABLE "reports" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "org_id" uuid NOT NULL REFERENCES "organizations"("id"),
  "survey_id" text NOT NULL,
  "title" text NOT NULL,
  "language" text NOT NULL,
  "period_from" date NOT NULL,
  "period_to" date NOT NULL,
  "scope" jsonb NOT NULL,
  "data_version" jsonb NOT NULL,
  "model" jsonb NOT NULL,
  "created_by" uuid REFERENCES "users"("id"),
  "created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "reports_org_time_idx" ON "reports" USING btree ("org_id", "created_at");
