CREATE TABLE "platform_event_delivery" (
	"event_id" uuid NOT NULL,
	"subscriber" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_event_delivery_event_id_subscriber_pk" PRIMARY KEY("event_id","subscriber")
);
--> statement-breakpoint
CREATE TABLE "platform_event_outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"actor_account_id" uuid,
	"process_run_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"fanned_out_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "platform_process_run" (
	"id" uuid PRIMARY KEY NOT NULL,
	"process_name" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"input_hash" text NOT NULL,
	"status" text NOT NULL,
	"result" jsonb,
	"actor_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "platform_webhook" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"url" text NOT NULL,
	"event_types" text[] NOT NULL,
	"secret_enc" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_dict_item" (
	"id" uuid PRIMARY KEY NOT NULL,
	"type_code" text NOT NULL,
	"code" text NOT NULL,
	"parent_code" text,
	"label_zh" text NOT NULL,
	"label_en" text NOT NULL,
	"value" numeric(20, 8),
	"unit" text,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"year" integer,
	"source" text,
	"note" text,
	"sort" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_dict_item_period_ck" CHECK ("platform_dict_item"."effective_to" is null or "platform_dict_item"."effective_to" >= "platform_dict_item"."effective_from")
);
--> statement-breakpoint
CREATE TABLE "platform_dict_type" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text NOT NULL,
	"unit" text,
	"description" text,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_dict_type_kind_ck" CHECK ("platform_dict_type"."kind" in ('code', 'factor'))
);
--> statement-breakpoint
CREATE TABLE "platform_wf_definition" (
	"id" uuid PRIMARY KEY NOT NULL,
	"business_type" text NOT NULL,
	"region_id" uuid,
	"name" text NOT NULL,
	"description" text,
	"steps" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_wf_event" (
	"id" uuid PRIMARY KEY NOT NULL,
	"instance_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"account_id" uuid,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"step_index" integer,
	"task_id" uuid,
	"comment" text,
	"attachment_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "platform_wf_instance" (
	"id" uuid PRIMARY KEY NOT NULL,
	"definition_id" uuid NOT NULL,
	"definition_version" integer NOT NULL,
	"business_type" text NOT NULL,
	"business_id" text NOT NULL,
	"title" text NOT NULL,
	"subject" jsonb NOT NULL,
	"steps" jsonb NOT NULL,
	"applicant_account_id" uuid NOT NULL,
	"applicant_person_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"department_id" uuid,
	"status" text NOT NULL,
	"current_step" integer DEFAULT -1 NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_wf_request" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" bigint,
	"description" text,
	"attachment_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"applicant_account_id" uuid NOT NULL,
	"applicant_person_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"department_id" uuid,
	"status" text NOT NULL,
	"instance_id" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_wf_task" (
	"id" uuid PRIMARY KEY NOT NULL,
	"instance_id" uuid NOT NULL,
	"step_index" integer NOT NULL,
	"party" integer NOT NULL,
	"round" integer NOT NULL,
	"account_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"via" text NOT NULL,
	"delegated_from_task_id" uuid,
	"due_at" timestamp with time zone,
	"escalate_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"acted_at" timestamp with time zone,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "platform_event_delivery" ADD CONSTRAINT "platform_event_delivery_event_id_platform_event_outbox_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."platform_event_outbox"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_dict_item" ADD CONSTRAINT "platform_dict_item_type_code_platform_dict_type_code_fk" FOREIGN KEY ("type_code") REFERENCES "public"."platform_dict_type"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_wf_definition" ADD CONSTRAINT "platform_wf_definition_region_id_platform_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."platform_region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_wf_event" ADD CONSTRAINT "platform_wf_event_instance_id_platform_wf_instance_id_fk" FOREIGN KEY ("instance_id") REFERENCES "public"."platform_wf_instance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_wf_instance" ADD CONSTRAINT "platform_wf_instance_definition_id_platform_wf_definition_id_fk" FOREIGN KEY ("definition_id") REFERENCES "public"."platform_wf_definition"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_wf_instance" ADD CONSTRAINT "platform_wf_instance_applicant_account_id_platform_account_id_fk" FOREIGN KEY ("applicant_account_id") REFERENCES "public"."platform_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_wf_instance" ADD CONSTRAINT "platform_wf_instance_applicant_person_id_platform_person_id_fk" FOREIGN KEY ("applicant_person_id") REFERENCES "public"."platform_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_wf_instance" ADD CONSTRAINT "platform_wf_instance_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_wf_instance" ADD CONSTRAINT "platform_wf_instance_department_id_platform_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."platform_department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_wf_request" ADD CONSTRAINT "platform_wf_request_applicant_account_id_platform_account_id_fk" FOREIGN KEY ("applicant_account_id") REFERENCES "public"."platform_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_wf_request" ADD CONSTRAINT "platform_wf_request_applicant_person_id_platform_person_id_fk" FOREIGN KEY ("applicant_person_id") REFERENCES "public"."platform_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_wf_request" ADD CONSTRAINT "platform_wf_request_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_wf_request" ADD CONSTRAINT "platform_wf_request_department_id_platform_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."platform_department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_wf_task" ADD CONSTRAINT "platform_wf_task_instance_id_platform_wf_instance_id_fk" FOREIGN KEY ("instance_id") REFERENCES "public"."platform_wf_instance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_wf_task" ADD CONSTRAINT "platform_wf_task_account_id_platform_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."platform_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "platform_event_delivery_due_idx" ON "platform_event_delivery" USING btree ("next_attempt_at") WHERE status in ('pending', 'delivering');--> statement-breakpoint
CREATE INDEX "platform_event_delivery_status_idx" ON "platform_event_delivery" USING btree ("status");--> statement-breakpoint
CREATE INDEX "platform_event_delivery_subscriber_idx" ON "platform_event_delivery" USING btree ("subscriber");--> statement-breakpoint
CREATE INDEX "platform_event_outbox_created_idx" ON "platform_event_outbox" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "platform_event_outbox_type_idx" ON "platform_event_outbox" USING btree ("type","created_at");--> statement-breakpoint
CREATE INDEX "platform_event_outbox_fanout_idx" ON "platform_event_outbox" USING btree ("created_at") WHERE fanned_out_at is null;--> statement-breakpoint
CREATE INDEX "platform_event_outbox_process_run_idx" ON "platform_event_outbox" USING btree ("process_run_id");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_process_run_key_uq" ON "platform_process_run" USING btree ("process_name","idempotency_key");--> statement-breakpoint
CREATE INDEX "platform_process_run_created_idx" ON "platform_process_run" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "platform_webhook_active_idx" ON "platform_webhook" USING btree ("active");--> statement-breakpoint
CREATE INDEX "platform_dict_item_lookup_idx" ON "platform_dict_item" USING btree ("type_code","code","effective_from");--> statement-breakpoint
CREATE INDEX "platform_dict_item_type_sort_idx" ON "platform_dict_item" USING btree ("type_code","sort");--> statement-breakpoint
CREATE INDEX "platform_wf_definition_type_idx" ON "platform_wf_definition" USING btree ("business_type","active");--> statement-breakpoint
CREATE INDEX "platform_wf_definition_region_idx" ON "platform_wf_definition" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "platform_wf_event_instance_idx" ON "platform_wf_event" USING btree ("instance_id","at");--> statement-breakpoint
CREATE INDEX "platform_wf_instance_business_idx" ON "platform_wf_instance" USING btree ("business_type","business_id");--> statement-breakpoint
CREATE INDEX "platform_wf_instance_applicant_idx" ON "platform_wf_instance" USING btree ("applicant_account_id","status");--> statement-breakpoint
CREATE INDEX "platform_wf_instance_agency_idx" ON "platform_wf_instance" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "platform_wf_instance_definition_idx" ON "platform_wf_instance" USING btree ("definition_id");--> statement-breakpoint
CREATE INDEX "platform_wf_instance_person_idx" ON "platform_wf_instance" USING btree ("applicant_person_id");--> statement-breakpoint
CREATE INDEX "platform_wf_instance_department_idx" ON "platform_wf_instance" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "platform_wf_request_applicant_idx" ON "platform_wf_request" USING btree ("applicant_account_id");--> statement-breakpoint
CREATE INDEX "platform_wf_request_agency_idx" ON "platform_wf_request" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "platform_wf_request_person_idx" ON "platform_wf_request" USING btree ("applicant_person_id");--> statement-breakpoint
CREATE INDEX "platform_wf_request_department_idx" ON "platform_wf_request" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "platform_wf_request_status_idx" ON "platform_wf_request" USING btree ("status");--> statement-breakpoint
CREATE INDEX "platform_wf_task_account_idx" ON "platform_wf_task" USING btree ("account_id","status");--> statement-breakpoint
CREATE INDEX "platform_wf_task_instance_idx" ON "platform_wf_task" USING btree ("instance_id","step_index");--> statement-breakpoint
CREATE INDEX "platform_wf_task_due_idx" ON "platform_wf_task" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "platform_wf_task_escalate_idx" ON "platform_wf_task" USING btree ("status","escalate_at");