CREATE TABLE "platform_booking_series" (
	"id" uuid PRIMARY KEY NOT NULL,
	"resource_type" text NOT NULL,
	"resource_id" uuid NOT NULL,
	"rrule" text NOT NULL,
	"first_starts_at" timestamp with time zone NOT NULL,
	"duration_seconds" integer NOT NULL,
	"time_zone" text NOT NULL,
	"holder_agency_id" uuid NOT NULL,
	"holder_person_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_booking" (
	"id" uuid PRIMARY KEY NOT NULL,
	"resource_type" text NOT NULL,
	"resource_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"during" "tstzrange" GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED NOT NULL,
	"state" text NOT NULL,
	"expires_at" timestamp with time zone,
	"no_show_at" timestamp with time zone,
	"holder_agency_id" uuid NOT NULL,
	"holder_person_id" uuid,
	"ref_type" text,
	"ref_id" text,
	"title" text,
	"series_id" uuid,
	"checked_in_at" timestamp with time zone,
	"released_at" timestamp with time zone,
	"release_reason" text,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_booking_range_ck" CHECK ("platform_booking"."starts_at" < "platform_booking"."ends_at"),
	CONSTRAINT "platform_booking_state_ck" CHECK ("platform_booking"."state" in ('tentative', 'confirmed', 'checked_in', 'released', 'cancelled')),
	CONSTRAINT "platform_booking_hold_ck" CHECK ("platform_booking"."state" <> 'tentative' or "platform_booking"."expires_at" is not null)
);
--> statement-breakpoint
ALTER TABLE "platform_booking_series" ADD CONSTRAINT "platform_booking_series_holder_agency_id_platform_agency_id_fk" FOREIGN KEY ("holder_agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_booking_series" ADD CONSTRAINT "platform_booking_series_holder_person_id_platform_person_id_fk" FOREIGN KEY ("holder_person_id") REFERENCES "public"."platform_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_booking" ADD CONSTRAINT "platform_booking_holder_agency_id_platform_agency_id_fk" FOREIGN KEY ("holder_agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_booking" ADD CONSTRAINT "platform_booking_holder_person_id_platform_person_id_fk" FOREIGN KEY ("holder_person_id") REFERENCES "public"."platform_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_booking" ADD CONSTRAINT "platform_booking_series_id_platform_booking_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."platform_booking_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "platform_booking_series_resource_idx" ON "platform_booking_series" USING btree ("resource_type","resource_id");--> statement-breakpoint
CREATE INDEX "platform_booking_series_agency_idx" ON "platform_booking_series" USING btree ("holder_agency_id");--> statement-breakpoint
CREATE INDEX "platform_booking_series_person_idx" ON "platform_booking_series" USING btree ("holder_person_id");--> statement-breakpoint
CREATE INDEX "platform_booking_resource_idx" ON "platform_booking" USING btree ("resource_type","resource_id","starts_at");--> statement-breakpoint
CREATE INDEX "platform_booking_starts_idx" ON "platform_booking" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "platform_booking_agency_idx" ON "platform_booking" USING btree ("holder_agency_id");--> statement-breakpoint
CREATE INDEX "platform_booking_person_idx" ON "platform_booking" USING btree ("holder_person_id");--> statement-breakpoint
CREATE INDEX "platform_booking_ref_idx" ON "platform_booking" USING btree ("ref_type","ref_id");--> statement-breakpoint
CREATE INDEX "platform_booking_series_idx" ON "platform_booking" USING btree ("series_id");--> statement-breakpoint
CREATE INDEX "platform_booking_expiry_idx" ON "platform_booking" USING btree ("expires_at") WHERE state = 'tentative';--> statement-breakpoint
CREATE INDEX "platform_booking_no_show_idx" ON "platform_booking" USING btree ("no_show_at") WHERE state = 'confirmed';