CREATE TABLE "platform_job_run" (
	"id" uuid PRIMARY KEY NOT NULL,
	"job_name" text NOT NULL,
	"scheduled_for" timestamp with time zone NOT NULL,
	"trigger" text DEFAULT 'schedule' NOT NULL,
	"status" text NOT NULL,
	"attempt" integer DEFAULT 1 NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"run_by" text,
	"error" text,
	"triggered_by" uuid
);
--> statement-breakpoint
CREATE TABLE "platform_job" (
	"name" text PRIMARY KEY NOT NULL,
	"cron" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"next_run_at" timestamp with time zone NOT NULL,
	"retry_slot" timestamp with time zone,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_notification" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_notify_outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"notification_id" uuid,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "platform_notify_pref" (
	"account_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"enabled" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_notify_pref_account_id_channel_pk" PRIMARY KEY("account_id","channel")
);
--> statement-breakpoint
CREATE TABLE "platform_file" (
	"id" uuid PRIMARY KEY NOT NULL,
	"use" text NOT NULL,
	"owner_type" text,
	"owner_id" uuid,
	"original_name" text NOT NULL,
	"mime" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"thumbnail_key" text,
	"width" integer,
	"height" integer,
	"uploaded_by" uuid,
	"attached_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "platform_job_run" ADD CONSTRAINT "platform_job_run_job_name_platform_job_name_fk" FOREIGN KEY ("job_name") REFERENCES "public"."platform_job"("name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_notification" ADD CONSTRAINT "platform_notification_account_id_platform_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."platform_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_notify_outbox" ADD CONSTRAINT "platform_notify_outbox_notification_id_platform_notification_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."platform_notification"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_notify_pref" ADD CONSTRAINT "platform_notify_pref_account_id_platform_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."platform_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "platform_job_run_slot_uq" ON "platform_job_run" USING btree ("job_name","scheduled_for");--> statement-breakpoint
CREATE INDEX "platform_job_run_started_idx" ON "platform_job_run" USING btree ("job_name","started_at");--> statement-breakpoint
CREATE INDEX "platform_job_run_open_idx" ON "platform_job_run" USING btree ("status") WHERE status in ('running', 'retrying');--> statement-breakpoint
CREATE INDEX "platform_job_due_idx" ON "platform_job" USING btree ("next_run_at");--> statement-breakpoint
CREATE INDEX "platform_notification_account_idx" ON "platform_notification" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "platform_notification_unread_idx" ON "platform_notification" USING btree ("account_id") WHERE read_at is null;--> statement-breakpoint
CREATE INDEX "platform_notify_outbox_due_idx" ON "platform_notify_outbox" USING btree ("next_attempt_at") WHERE status in ('pending', 'sending');--> statement-breakpoint
CREATE INDEX "platform_notify_outbox_status_idx" ON "platform_notify_outbox" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "platform_notify_outbox_notification_idx" ON "platform_notify_outbox" USING btree ("notification_id");--> statement-breakpoint
CREATE INDEX "platform_file_owner_idx" ON "platform_file" USING btree ("owner_type","owner_id");--> statement-breakpoint
CREATE INDEX "platform_file_uploaded_by_idx" ON "platform_file" USING btree ("uploaded_by");--> statement-breakpoint
CREATE INDEX "platform_file_use_idx" ON "platform_file" USING btree ("use");--> statement-breakpoint
CREATE INDEX "platform_file_unattached_idx" ON "platform_file" USING btree ("created_at") WHERE owner_id is null;