CREATE TABLE "platform_api_token" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"account_id" uuid NOT NULL,
	"permissions" text[] NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_device_nonce" (
	"device_id" uuid NOT NULL,
	"nonce" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_device" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"location" text,
	"secret_enc" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"last_seen_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_oidc_link" (
	"id" uuid PRIMARY KEY NOT NULL,
	"issuer" text NOT NULL,
	"subject" text NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "platform_oidc_state" (
	"id" text PRIMARY KEY NOT NULL,
	"nonce" text NOT NULL,
	"code_verifier" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "platform_api_token" ADD CONSTRAINT "platform_api_token_account_id_platform_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."platform_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_device_nonce" ADD CONSTRAINT "platform_device_nonce_device_id_platform_device_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."platform_device"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_oidc_link" ADD CONSTRAINT "platform_oidc_link_account_id_platform_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."platform_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "platform_api_token_account_idx" ON "platform_api_token" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "platform_api_token_expires_idx" ON "platform_api_token" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_device_nonce_uq" ON "platform_device_nonce" USING btree ("device_id","nonce");--> statement-breakpoint
CREATE INDEX "platform_device_nonce_expires_idx" ON "platform_device_nonce" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "platform_device_kind_idx" ON "platform_device" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "platform_device_active_idx" ON "platform_device" USING btree ("active");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_oidc_link_subject_uq" ON "platform_oidc_link" USING btree ("issuer","subject");--> statement-breakpoint
CREATE INDEX "platform_oidc_link_account_idx" ON "platform_oidc_link" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "platform_oidc_state_expires_idx" ON "platform_oidc_state" USING btree ("expires_at");