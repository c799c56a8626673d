-- A submission's site must be one of its organization's own sites, checked as one pair: the
-- separate keys on the organization and on the site each checked and locked a row for every
-- stored submission (a third of PostgreSQL's CPU per single submission), and could not tell a site
-- of another organization. The organization exists because its site references it.
ALTER TABLE "sites" ADD CONSTRAINT "sites_org_id_unique" UNIQUE ("org_id", "id");--> statement-breakpoint
DROP INDEX IF EXISTS "sites_org_idx";--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_site_org_fk" FOREIGN KEY ("org_id", "site_id") REFERENCES "public"."sites"("org_id", "id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" DROP CONSTRAINT "submissions_org_id_organizations_id_fk";--> statement-breakpoint
ALTER TABLE "submissions" DROP CONSTRAINT "submissions_site_id_sites_id_fk";
