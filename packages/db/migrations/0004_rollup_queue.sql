CREATE TABLE "rollup_queue" (
	"submission_id" uuid PRIMARY KEY NOT NULL
);
