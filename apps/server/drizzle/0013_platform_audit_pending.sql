CREATE TABLE "platform_audit_pending" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_account_id" uuid,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text,
	"before" jsonb,
	"after" jsonb,
	"ip" text,
	"result" text NOT NULL
);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION platform_audit_pending_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'platform_audit_pending rows are never changed, only chained (moved) by the sealer';
END
$$;
--> statement-breakpoint
CREATE TRIGGER platform_audit_pending_no_update BEFORE UPDATE ON platform_audit_pending FOR EACH ROW EXECUTE FUNCTION platform_audit_pending_no_update();
