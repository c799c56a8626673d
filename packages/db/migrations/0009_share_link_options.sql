-- Share links keep the filters they were made with, can stop working after a date, and can also
-- show the scorecard and the accountability board (issues 18 and 22).
ALTER TABLE "share_links" ADD COLUMN "filters" jsonb DEFAULT '{}'::jsonb NOT NULL;
--> statement-breakpoint
ALTER TABLE "share_links" ADD COLUMN "expires_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "share_links" ADD COLUMN "show_scorecard" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE "share_links" ADD COLUMN "show_accountability" boolean DEFAULT false NOT NULL;
