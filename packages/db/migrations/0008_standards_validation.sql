-- Standards each indicator of a survey is held to (per organization), community validation of a
-- period's figures, the organization's embargo on figures not yet validated, and the last day of a
-- funder's access.
CREATE TABLE "indicator_standards" (
	"org_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"survey_id" text NOT NULL,
	"indicator_id" text NOT NULL,
	"direction" text NOT NULL,
	"green" double precision NOT NULL,
	"amber" double precision NOT NULL,
	"target" double precision,
	"source" text,
	"updated_by" uuid REFERENCES "users"("id"),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_standards_pk" PRIMARY KEY ("org_id","survey_id","indicator_id"),
	CONSTRAINT "indicator_standards_direction_check" CHECK ("direction" IN ('higher','lower')),
	CONSTRAINT "indicator_standards_order_check" CHECK (("direction" = 'higher' AND "green" > "amber") OR ("direction" = 'lower' AND "green" < "amber"))
);
--> statement-breakpoint
CREATE TABLE "validated_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"survey_id" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"meeting_date" date NOT NULL,
	"participants" integer NOT NULL,
	"notes" text,
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "validated_periods_order_check" CHECK ("period_start" <= "period_end"),
	CONSTRAINT "validated_periods_participants_check" CHECK ("participants" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "validated_periods_unique_idx" ON "validated_periods" ("org_id","survey_id","period_start");
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "validation_embargo" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "access_until" date;
