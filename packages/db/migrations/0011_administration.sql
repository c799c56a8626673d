-- Administration: a password set by an admin is temporary; the person chooses their own at next sign-in.
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;
