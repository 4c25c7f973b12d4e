CREATE TABLE "platform_import_error" (
	"id" uuid PRIMARY KEY NOT NULL,
	"job_id" uuid NOT NULL,
	"row" integer NOT NULL,
	"column" text NOT NULL,
	"message" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_import_job" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'validating' NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"checkpoint" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"actor_name" text NOT NULL,
	"actor_ip" text,
	"scopes" jsonb NOT NULL,
	"file_path" text NOT NULL,
	"original_name" text,
	"created" integer,
	"failure" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "platform_import_error" ADD CONSTRAINT "platform_import_error_job_id_platform_import_job_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."platform_import_job"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "platform_import_error_job_row_idx" ON "platform_import_error" USING btree ("job_id","row");--> statement-breakpoint
CREATE INDEX "platform_import_job_status_idx" ON "platform_import_job" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "platform_import_job_created_by_idx" ON "platform_import_job" USING btree ("created_by","created_at");