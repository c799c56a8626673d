-- One-time confirmations for sensitive exports, shared by every API process on one PostgreSQL
-- (apps/api/src/export/confirmations.ts): a SHA-256 of the token (never the token itself), what it
-- allows (one export of one survey in one format, by one user) and when it expires, in epoch
-- milliseconds. A redemption deletes the row in the same statement that reads it, so a token is
-- spent once through whichever process receives it.
-- UNLOGGED: pending for a minute at most and worthless after a crash (a crash forgets them, asked
-- again in a click); neither WAL-logged nor sent to replicas.
CREATE UNLOGGED TABLE "export_confirmations" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"survey_id" text NOT NULL,
	"format" text NOT NULL,
	"expires_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "export_confirmations_user_id_idx" ON "export_confirmations" USING btree ("user_id");
--> statement-breakpoint
CREATE INDEX "export_confirmations_expires_at_idx" ON "export_confirmations" USING btree ("expires_at");
