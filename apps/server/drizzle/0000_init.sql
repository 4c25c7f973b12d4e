CREATE TABLE "platform_agency" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" text NOT NULL,
	"region_id" uuid NOT NULL,
	"headcount" integer DEFAULT 0 NOT NULL,
	"address" text,
	"sort" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_department" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"name" text NOT NULL,
	"head_person_id" uuid,
	"sort" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_person" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"department_id" uuid,
	"position_id" uuid,
	"name" text NOT NULL,
	"gender" text NOT NULL,
	"id_number_enc" text,
	"id_number_bidx" text,
	"id_number_masked" text,
	"mobile_enc" text,
	"mobile_bidx" text,
	"mobile_masked" text,
	"rank" text NOT NULL,
	"post" text,
	"admin_level" text NOT NULL,
	"birthday" date,
	"entry_date" date,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_position" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"department_id" uuid,
	"name" text NOT NULL,
	"rank" text NOT NULL,
	"admin_level" text NOT NULL,
	"is_leader" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_region" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"parent_id" uuid,
	"path" text NOT NULL,
	"admin_level" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_account" (
	"id" uuid PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"person_id" uuid,
	"password_hash" text,
	"password_changed_at" timestamp with time zone,
	"must_change_password" boolean DEFAULT true NOT NULL,
	"failed_count" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"status" text DEFAULT 'active' NOT NULL,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_login_event" (
	"id" uuid PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"username" text NOT NULL,
	"account_id" uuid,
	"ip" text,
	"user_agent" text,
	"result" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_session" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "platform_setting" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_grant" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"role_id" uuid NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_grant_uq" UNIQUE NULLS NOT DISTINCT("account_id","role_id","scope_kind","scope_id")
);
--> statement-breakpoint
CREATE TABLE "platform_role_permission" (
	"role_id" uuid NOT NULL,
	"permission" text NOT NULL,
	CONSTRAINT "platform_role_permission_role_id_permission_pk" PRIMARY KEY("role_id","permission")
);
--> statement-breakpoint
CREATE TABLE "platform_role" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"category" text NOT NULL,
	"builtin" boolean DEFAULT false NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_audit_head" (
	"id" integer PRIMARY KEY NOT NULL,
	"last_seq" bigint NOT NULL,
	"last_hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_audit_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_account_id" uuid,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text,
	"before" jsonb,
	"after" jsonb,
	"ip" text,
	"result" text NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "platform_agency" ADD CONSTRAINT "platform_agency_region_id_platform_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."platform_region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_department" ADD CONSTRAINT "platform_department_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_person" ADD CONSTRAINT "platform_person_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_person" ADD CONSTRAINT "platform_person_department_id_platform_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."platform_department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_person" ADD CONSTRAINT "platform_person_position_id_platform_position_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."platform_position"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_position" ADD CONSTRAINT "platform_position_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_position" ADD CONSTRAINT "platform_position_department_id_platform_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."platform_department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_region" ADD CONSTRAINT "platform_region_parent_id_platform_region_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."platform_region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_account" ADD CONSTRAINT "platform_account_person_id_platform_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."platform_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_session" ADD CONSTRAINT "platform_session_account_id_platform_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."platform_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_grant" ADD CONSTRAINT "platform_grant_account_id_platform_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."platform_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_grant" ADD CONSTRAINT "platform_grant_role_id_platform_role_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."platform_role"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_role_permission" ADD CONSTRAINT "platform_role_permission_role_id_platform_role_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."platform_role"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "platform_agency_code_uq" ON "platform_agency" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_agency_name_uq" ON "platform_agency" USING btree ("name");--> statement-breakpoint
CREATE INDEX "platform_agency_region_idx" ON "platform_agency" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "platform_agency_kind_idx" ON "platform_agency" USING btree ("kind");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_department_agency_name_uq" ON "platform_department" USING btree ("agency_id","name");--> statement-breakpoint
CREATE INDEX "platform_department_agency_idx" ON "platform_department" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "platform_person_agency_idx" ON "platform_person" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "platform_person_department_idx" ON "platform_person" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "platform_person_position_idx" ON "platform_person" USING btree ("position_id");--> statement-breakpoint
CREATE INDEX "platform_person_name_idx" ON "platform_person" USING btree ("name");--> statement-breakpoint
CREATE INDEX "platform_person_rank_idx" ON "platform_person" USING btree ("rank");--> statement-breakpoint
CREATE INDEX "platform_person_status_idx" ON "platform_person" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_person_id_number_uq" ON "platform_person" USING btree ("id_number_bidx") WHERE id_number_bidx is not null;--> statement-breakpoint
CREATE INDEX "platform_person_mobile_bidx_idx" ON "platform_person" USING btree ("mobile_bidx");--> statement-breakpoint
CREATE INDEX "platform_position_agency_idx" ON "platform_position" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "platform_position_department_idx" ON "platform_position" USING btree ("department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_region_code_uq" ON "platform_region" USING btree ("code");--> statement-breakpoint
CREATE INDEX "platform_region_path_idx" ON "platform_region" USING btree ("path");--> statement-breakpoint
CREATE INDEX "platform_region_parent_idx" ON "platform_region" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_account_username_uq" ON "platform_account" USING btree ("username");--> statement-breakpoint
CREATE INDEX "platform_account_person_idx" ON "platform_account" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "platform_login_event_account_idx" ON "platform_login_event" USING btree ("account_id","at");--> statement-breakpoint
CREATE INDEX "platform_login_event_at_idx" ON "platform_login_event" USING btree ("at");--> statement-breakpoint
CREATE INDEX "platform_session_account_idx" ON "platform_session" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "platform_grant_account_idx" ON "platform_grant" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "platform_grant_role_idx" ON "platform_grant" USING btree ("role_id");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_role_code_uq" ON "platform_role" USING btree ("code");--> statement-breakpoint
CREATE INDEX "platform_audit_log_at_idx" ON "platform_audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "platform_audit_log_actor_idx" ON "platform_audit_log" USING btree ("actor_account_id");--> statement-breakpoint
CREATE INDEX "platform_audit_log_action_idx" ON "platform_audit_log" USING btree ("action");--> statement-breakpoint
CREATE INDEX "platform_audit_log_object_idx" ON "platform_audit_log" USING btree ("object_type","object_id");