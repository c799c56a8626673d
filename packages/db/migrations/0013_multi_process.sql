-- Sign-in attempts shared by every API process on one PostgreSQL (auth/attempts-store.ts): one row
-- per limited key (a SHA-256 of the account or client address, never the address itself), the
-- times of its recent attempts in epoch milliseconds, and when the last of them leaves its window.
-- UNLOGGED: written on every sign-in and worthless after a crash (a crash forgets recent failures,
-- as a restart of a single process always did); it is neither WAL-logged nor sent to replicas.
CREATE UNLOGGED TABLE "login_attempts" (
	"key" text PRIMARY KEY NOT NULL,
	"times" bigint[] NOT NULL,
	"expires_at" bigint NOT NULL,
	"taken" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE INDEX "login_attempts_expires_at_idx" ON "login_attempts" USING btree ("expires_at");
