-- The accountability cycle: findings, their notes, actions taken to duty-bearers with an
-- append-only history, and monitors' field observations waiting for triage.
CREATE TABLE "findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"title" text NOT NULL,
	"category" text NOT NULL,
	"scope_level" text NOT NULL,
	"site_id" uuid REFERENCES "sites"("id"),
	"country" text,
	"city" text,
	"description" text,
	"evidence" jsonb,
	"survey_id" text,
	"visibility" text DEFAULT 'internal' NOT NULL,
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid REFERENCES "users"("id"),
	CONSTRAINT "findings_category_check" CHECK ("category" IN ('stock_out','opening_hours','cost','documents','police','stigma','confidentiality','violence','quality','other')),
	CONSTRAINT "findings_scope_check" CHECK ("scope_level" IN ('site','region','country','network')),
	CONSTRAINT "findings_visibility_check" CHECK ("visibility" IN ('internal','shared_with_funders','published'))
);
--> statement-breakpoint
CREATE INDEX "findings_org_time_idx" ON "findings" ("org_id","created_at") WHERE "deleted_at" IS NULL;
--> statement-breakpoint
CREATE INDEX "findings_org_category_idx" ON "findings" ("org_id","category") WHERE "deleted_at" IS NULL;
--> statement-breakpoint
CREATE INDEX "findings_org_site_idx" ON "findings" ("org_id","site_id") WHERE "deleted_at" IS NULL;
--> statement-breakpoint
CREATE INDEX "findings_org_survey_idx" ON "findings" ("org_id","survey_id") WHERE "deleted_at" IS NULL;
--> statement-breakpoint
CREATE TABLE "finding_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"finding_id" uuid NOT NULL REFERENCES "findings"("id"),
	"kind" text DEFAULT 'comment' NOT NULL,
	"body" text NOT NULL,
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "finding_notes_kind_check" CHECK ("kind" IN ('comment','correction'))
);
--> statement-breakpoint
CREATE INDEX "finding_notes_finding_idx" ON "finding_notes" ("finding_id","created_at");
--> statement-breakpoint
CREATE TABLE "actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"finding_id" uuid NOT NULL REFERENCES "findings"("id"),
	"duty_bearer_institution" text NOT NULL,
	"duty_bearer_role" text,
	"duty_bearer_type" text NOT NULL,
	"ask" text NOT NULL,
	"commitment" text,
	"committed_on" date,
	"owner_id" uuid NOT NULL REFERENCES "users"("id"),
	"due_date" date NOT NULL,
	"level" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"status_on" date NOT NULL,
	"closed_on" date,
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actions_status_check" CHECK ("status" IN ('open','raised','committed','in_progress','resolved','not_resolved','dropped')),
	CONSTRAINT "actions_level_check" CHECK ("level" IN ('site','region','national','international')),
	CONSTRAINT "actions_duty_bearer_type_check" CHECK ("duty_bearer_type" IN ('service_provider','local_health_authority','national_programme','donor','police_justice','other'))
);
--> statement-breakpoint
CREATE INDEX "actions_finding_idx" ON "actions" ("org_id","finding_id");
--> statement-breakpoint
CREATE INDEX "actions_owner_idx" ON "actions" ("org_id","owner_id","due_date");
--> statement-breakpoint
CREATE INDEX "actions_open_due_idx" ON "actions" ("org_id","due_date") WHERE "status" NOT IN ('resolved','not_resolved','dropped');
--> statement-breakpoint
CREATE TABLE "action_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"action_id" uuid NOT NULL REFERENCES "actions"("id"),
	"kind" text NOT NULL,
	"from_value" text,
	"to_value" text,
	"note" text,
	"detail" jsonb,
	"on_day" date NOT NULL,
	"by_user" uuid NOT NULL REFERENCES "users"("id"),
	"recorded_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "action_events_kind_check" CHECK ("kind" IN ('created','status','escalated','note','commitment'))
);
--> statement-breakpoint
CREATE INDEX "action_events_action_idx" ON "action_events" ("action_id","recorded_at");
--> statement-breakpoint
-- An action's history is append-only, like the audit log: the database refuses to change or remove it.
CREATE OR REPLACE FUNCTION kolo_action_events_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'action_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER action_events_append_only BEFORE UPDATE OR DELETE ON action_events
  FOR EACH ROW EXECUTE FUNCTION kolo_action_events_append_only();
--> statement-breakpoint
CREATE TRIGGER action_events_no_truncate BEFORE TRUNCATE ON action_events
  FOR EACH STATEMENT EXECUTE FUNCTION kolo_action_events_append_only();
--> statement-breakpoint
-- A finding's evidence is what the dashboard showed when it was raised: never rewritten.
CREATE OR REPLACE FUNCTION kolo_finding_evidence_immutable() RETURNS trigger AS $$
BEGIN
  IF NEW.evidence IS DISTINCT FROM OLD.evidence OR NEW.survey_id IS DISTINCT FROM OLD.survey_id THEN
    RAISE EXCEPTION 'a finding''s evidence cannot be changed; add a note' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER findings_evidence_immutable BEFORE UPDATE ON findings
  FOR EACH ROW EXECUTE FUNCTION kolo_finding_evidence_immutable();
--> statement-breakpoint
CREATE TABLE "observations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"site_id" uuid NOT NULL REFERENCES "sites"("id"),
	"observed_on" date NOT NULL,
	"category" text NOT NULL,
	"body" text NOT NULL,
	"content_hash" text NOT NULL,
	"created_by" uuid NOT NULL REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"finding_id" uuid REFERENCES "findings"("id"),
	"dismissed_reason" text,
	"triaged_by" uuid REFERENCES "users"("id"),
	"triaged_at" timestamp with time zone,
	CONSTRAINT "observations_status_check" CHECK ("status" IN ('new','triaged','dismissed')),
	CONSTRAINT "observations_category_check" CHECK ("category" IN ('stock_out','opening_hours','cost','documents','police','stigma','confidentiality','violence','quality','other'))
);
--> statement-breakpoint
CREATE INDEX "observations_org_status_idx" ON "observations" ("org_id","status","created_at");
--> statement-breakpoint
CREATE INDEX "observations_org_site_idx" ON "observations" ("org_id","site_id");
--> statement-breakpoint
CREATE INDEX "observations_finding_idx" ON "observations" ("finding_id");
