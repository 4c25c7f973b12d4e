CREATE TABLE "platform_person_movement" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"effective_date" date NOT NULL,
	"to_agency_id" uuid,
	"side_post" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_building" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"code" text NOT NULL,
	"address" text,
	"region_id" uuid NOT NULL,
	"owner_agency_id" uuid,
	"owner_name" text,
	"ownership_kind" text DEFAULT 'state' NOT NULL,
	"title_cert_no" text,
	"land_cert_no" text,
	"built_year" integer,
	"acquired_on" date,
	"floors_above" integer DEFAULT 1 NOT NULL,
	"floors_below" integer DEFAULT 0 NOT NULL,
	"construction_area_m2" numeric(12, 2),
	"land_area_m2" numeric(12, 2),
	"status" text DEFAULT 'in-use' NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_floor" (
	"id" uuid PRIMARY KEY NOT NULL,
	"building_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"name" text NOT NULL,
	"plan_file_id" uuid,
	"plan_kind" text,
	"plan_width" integer,
	"plan_height" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_room" (
	"id" uuid PRIMARY KEY NOT NULL,
	"floor_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"number" text NOT NULL,
	"use_class" text NOT NULL,
	"sub_use" text,
	"usable_area_m2" numeric(8, 2) NOT NULL,
	"construction_area_m2" numeric(8, 2),
	"agency_id" uuid,
	"status" text DEFAULT 'vacant' NOT NULL,
	"outline" jsonb,
	"svg_element_id" text,
	"suite_part" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_housing_application" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"department_id" uuid,
	"account_id" uuid,
	"family_size" integer NOT NULL,
	"owns_home_in_city" boolean NOT NULL,
	"current_housing_area_m2" numeric(8, 2) DEFAULT '0' NOT NULL,
	"years_since_hire" numeric(6, 2) NOT NULL,
	"note" text,
	"eligible" boolean NOT NULL,
	"reasons" jsonb NOT NULL,
	"score" numeric(10, 2) NOT NULL,
	"breakdown" jsonb NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"review_comment" text,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"queue_rank" integer,
	"flat_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_housing_draw" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"algorithm" text NOT NULL,
	"public_random" text NOT NULL,
	"seed_material" text NOT NULL,
	"seed_hex" text NOT NULL,
	"inputs" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"result_hash" text NOT NULL,
	"drawn_by" text NOT NULL,
	"drawn_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_housing_flat" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_id" uuid NOT NULL,
	"building_id" uuid,
	"estate_name" text NOT NULL,
	"building_name" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"number" text NOT NULL,
	"area_m2" numeric(8, 2) NOT NULL,
	"layout" text NOT NULL,
	"rent_fen" integer NOT NULL,
	"status" text DEFAULT 'available' NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_housing_objection" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"text" text NOT NULL,
	"raised_by" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"resolution" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_housing_round" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"region_id" uuid NOT NULL,
	"rule_set_id" uuid NOT NULL,
	"method" text NOT NULL,
	"reference_date" date NOT NULL,
	"apply_from" date NOT NULL,
	"apply_to" date NOT NULL,
	"notice_start" date,
	"notice_end" date,
	"quota" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_housing_rule_set" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"source" text NOT NULL,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_housing_bill" (
	"id" uuid PRIMARY KEY NOT NULL,
	"lease_id" uuid NOT NULL,
	"month" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"paid_fen" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'unpaid' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_housing_checklist" (
	"id" uuid PRIMARY KEY NOT NULL,
	"lease_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"items" jsonb NOT NULL,
	"checked_on" date NOT NULL,
	"checked_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_housing_lease" (
	"id" uuid PRIMARY KEY NOT NULL,
	"flat_id" uuid NOT NULL,
	"application_id" uuid,
	"person_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"department_id" uuid,
	"account_id" uuid,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"rent_fen" integer NOT NULL,
	"deposit_fen" integer NOT NULL,
	"reminder_days" jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"exit_reason" text,
	"exit_date" date,
	"exit_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_housing_payment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"bill_id" uuid NOT NULL,
	"amount_fen" integer NOT NULL,
	"paid_on" date NOT NULL,
	"method" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_housing_reminder" (
	"id" uuid PRIMARY KEY NOT NULL,
	"lease_id" uuid NOT NULL,
	"days_before" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_allocation_room" (
	"id" uuid PRIMARY KEY NOT NULL,
	"allocation_id" uuid NOT NULL,
	"room_id" uuid NOT NULL,
	"usable_area_m2" numeric(8, 2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_allocation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"agreement_no" text NOT NULL,
	"certificate_no" text NOT NULL,
	"allocated_on" date NOT NULL,
	"purpose" text,
	"status" text DEFAULT 'active' NOT NULL,
	"total_area_m2" numeric(12, 2) NOT NULL,
	"request_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_area_standard" (
	"id" uuid PRIMARY KEY NOT NULL,
	"admin_level" text NOT NULL,
	"post_class" text NOT NULL,
	"label_zh" text NOT NULL,
	"label_en" text NOT NULL,
	"usable_m2" numeric(6, 2) NOT NULL,
	"toilet_allowed" boolean DEFAULT false NOT NULL,
	"toilet_max_m2" numeric(6, 2),
	"effective_from" date NOT NULL,
	"effective_to" date,
	"source" text NOT NULL,
	"note" text,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_assignment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"room_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text DEFAULT 'main' NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_rank_post" (
	"id" uuid PRIMARY KEY NOT NULL,
	"admin_level" text NOT NULL,
	"rank" text NOT NULL,
	"post_class" text NOT NULL,
	"source" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_recovery_rule" (
	"reason" text PRIMARY KEY NOT NULL,
	"months" integer NOT NULL,
	"remind_days_before" integer DEFAULT 7 NOT NULL,
	"escalate_after_days" integer DEFAULT 0 NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_recovery_task" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"room_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"event_id" text,
	"effective_date" date NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"reminded_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_request" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"applicant_person_id" uuid,
	"room_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"target_room_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"workflow_instance_id" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_room_problem" (
	"id" uuid PRIMARY KEY NOT NULL,
	"room_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"photo_file_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_census_agency" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"reconciled_at" timestamp with time zone,
	"last_reminded_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "estate_census_agency_status_ck" CHECK ("estate_census_agency"."status" in ('not_started', 'in_progress', 'submitted', 'reconciled'))
);
--> statement-breakpoint
CREATE TABLE "estate_census_campaign" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"scope_kind" text NOT NULL,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"note" text,
	"created_by" uuid,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_census_item" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"room_id" uuid,
	"origin" text DEFAULT 'snapshot' NOT NULL,
	"snapshot" jsonb,
	"response" text DEFAULT 'pending' NOT NULL,
	"building_id" uuid,
	"floor_id" uuid,
	"number" text,
	"use_class" text,
	"usable_area_m2" numeric(8, 2),
	"occupants" jsonb,
	"note" text,
	"responded_at" timestamp with time zone,
	"responded_by" uuid,
	"decision" text,
	"decision_reason" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "estate_census_item_response_ck" CHECK ("estate_census_item"."response" in ('pending', 'confirmed', 'corrected')),
	CONSTRAINT "estate_census_item_decision_ck" CHECK ("estate_census_item"."decision" is null or "estate_census_item"."decision" in ('accepted', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "estate_inspection_finding" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"room_id" uuid,
	"found_on" date NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"severity" text DEFAULT 'minor' NOT NULL,
	"rectify_by" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"report_text" text,
	"reported_at" timestamp with time zone,
	"reported_by" uuid,
	"closed_at" timestamp with time zone,
	"close_note" text,
	"last_reminded_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "estate_inspection_finding_due_ck" CHECK ("estate_inspection_finding"."rectify_by" >= "estate_inspection_finding"."found_on"),
	CONSTRAINT "estate_inspection_finding_status_ck" CHECK ("estate_inspection_finding"."status" in ('open', 'reported', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "estate_inspection_plan" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"theme" text,
	"with_discipline" boolean DEFAULT true NOT NULL,
	"discipline_contact" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"agency_ids" jsonb NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_transfer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"from_agency_id" uuid NOT NULL,
	"target" text NOT NULL,
	"building_id" uuid,
	"room_ids" jsonb NOT NULL,
	"area_m2" numeric(12, 2) NOT NULL,
	"title_cert_no" text,
	"reason" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"decision_note" text,
	"decided_at" timestamp with time zone,
	"completed_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "estate_transfer_status_ck" CHECK ("estate_transfer"."status" in ('draft', 'submitted', 'approved', 'completed', 'rejected', 'cancelled')),
	CONSTRAINT "estate_transfer_target_ck" CHECK ("estate_transfer"."target" in ('central', 'city-investment'))
);
--> statement-breakpoint
CREATE TABLE "estate_lease_contract" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"listing_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"lessee_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"monthly_rent_fen" bigint NOT NULL,
	"deposit_fen" bigint DEFAULT 0 NOT NULL,
	"cycle_months" integer NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"signed_on" date,
	"note" text,
	"last_expiry_notice_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "estate_lease_contract_term_ck" CHECK ("estate_lease_contract"."ends_on" >= "estate_lease_contract"."starts_on"),
	CONSTRAINT "estate_lease_contract_cycle_ck" CHECK ("estate_lease_contract"."cycle_months" in (1, 3, 6, 12)),
	CONSTRAINT "estate_lease_contract_money_ck" CHECK ("estate_lease_contract"."monthly_rent_fen" > 0 and "estate_lease_contract"."deposit_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "estate_lease_listing" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"room_id" uuid,
	"title" text NOT NULL,
	"area_m2" numeric(10, 2) NOT NULL,
	"asking_monthly_rent_fen" bigint NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "estate_lease_listing_status_ck" CHECK ("estate_lease_listing"."status" in ('open', 'leased', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "estate_lessee" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'company' NOT NULL,
	"credit_code" text,
	"contact_name" text,
	"contact_phone" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_rent_instalment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"contract_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"due_on" date NOT NULL,
	"amount_fen" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_rent_receipt" (
	"id" uuid PRIMARY KEY NOT NULL,
	"contract_id" uuid NOT NULL,
	"paid_on" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"method" text DEFAULT 'transfer' NOT NULL,
	"receipt_no" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "estate_rent_receipt_amount_ck" CHECK ("estate_rent_receipt"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "estate_remote_property" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"city" text NOT NULL,
	"address" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"trustee_name" text NOT NULL,
	"trustee_contact" text,
	"trustee_account_id" uuid,
	"current_use" text NOT NULL,
	"area_m2" numeric(10, 2) NOT NULL,
	"title_cert_no" text,
	"report_cycle_months" integer DEFAULT 3 NOT NULL,
	"next_report_due" date NOT NULL,
	"last_reminded_on" date,
	"status" text DEFAULT 'active' NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_remote_record" (
	"id" uuid PRIMARY KEY NOT NULL,
	"property_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"ends_on" date,
	"counterparty" text,
	"amount_fen" bigint,
	"description" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_remote_report" (
	"id" uuid PRIMARY KEY NOT NULL,
	"property_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"submitted_on" date NOT NULL,
	"occupancy" text NOT NULL,
	"content" text NOT NULL,
	"issues" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_activity_room" (
	"id" uuid PRIMARY KEY NOT NULL,
	"room_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"name" text NOT NULL,
	"capacity" integer DEFAULT 20 NOT NULL,
	"open_days" jsonb NOT NULL,
	"opens_at" text NOT NULL,
	"closes_at" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "estate_activity_room_hours_ck" CHECK ("estate_activity_room"."closes_at" > "estate_activity_room"."opens_at")
);
--> statement-breakpoint
CREATE TABLE "fleet_vehicle" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plate" text NOT NULL,
	"vin" text,
	"brand" text NOT NULL,
	"model" text NOT NULL,
	"kind" text NOT NULL,
	"energy" text NOT NULL,
	"displacement_l" numeric(4, 2),
	"price_fen" bigint NOT NULL,
	"purchase_date" date NOT NULL,
	"agency_id" uuid NOT NULL,
	"seats" integer NOT NULL,
	"tank_litres" numeric(6, 1),
	"battery_kwh" numeric(6, 1),
	"norm_per_100km" numeric(6, 2) NOT NULL,
	"status" text DEFAULT 'in-use' NOT NULL,
	"insurance_due" date,
	"inspection_due" date,
	"gps_terminal_id" text,
	"next_service_km" integer,
	"next_service_date" date,
	"override_request_id" uuid,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_driver_roster" (
	"id" uuid PRIMARY KEY NOT NULL,
	"driver_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"day" date NOT NULL,
	"shift" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_driver_safety" (
	"id" uuid PRIMARY KEY NOT NULL,
	"driver_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_driver_training" (
	"id" uuid PRIMARY KEY NOT NULL,
	"driver_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"title" text NOT NULL,
	"hours" numeric(5, 1) NOT NULL,
	"provider" text,
	"result" text DEFAULT 'attended' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_driver" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid,
	"name" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"licence_class" text NOT NULL,
	"licence_expiry" date NOT NULL,
	"emergency_team" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_override_request" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"plate" text NOT NULL,
	"rules" jsonb NOT NULL,
	"vehicle" jsonb NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"workflow_instance_id" uuid,
	"requested_by" uuid,
	"used_by_vehicle_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_quota" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"quota" integer NOT NULL,
	"approval_ref" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_setting" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"value" numeric(12, 4) NOT NULL,
	"unit" text,
	"source" text NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_standard" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text,
	"energy_class" text DEFAULT 'any' NOT NULL,
	"max_seats" integer,
	"max_price_fen" bigint,
	"max_displacement_l" numeric(4, 2),
	"effective_from" date NOT NULL,
	"effective_to" date,
	"source" text NOT NULL,
	"note" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_vehicle_status_change" (
	"id" uuid PRIMARY KEY NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"reason" text,
	"receiving_party" text,
	"disposal_method" text,
	"document_no" text,
	"actor_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_repair" (
	"id" uuid PRIMARY KEY NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"shop_id" uuid,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"estimate_fen" bigint NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"workflow_instance_id" uuid,
	"requested_by" uuid,
	"requested_on" date NOT NULL,
	"parts_fen" bigint,
	"labour_fen" bigint,
	"invoice_fen" bigint,
	"invoice_no" text,
	"odometer_km" integer,
	"completed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_shop" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"contact" text,
	"phone" text,
	"designated" boolean DEFAULT true NOT NULL,
	"contract_from" date,
	"contract_to" date,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_accident" (
	"id" uuid PRIMARY KEY NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"driver_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"description" text NOT NULL,
	"severity" text NOT NULL,
	"liability" text,
	"loss_fen" bigint DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_inspection" (
	"id" uuid PRIMARY KEY NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"inspected_on" date NOT NULL,
	"next_due" date NOT NULL,
	"result" text NOT NULL,
	"station" text,
	"cost_fen" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_insurance" (
	"id" uuid PRIMARY KEY NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"insurer" text NOT NULL,
	"policy_no" text NOT NULL,
	"kind" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"premium_fen" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_reminder_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"object_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_violation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"driver_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"description" text NOT NULL,
	"fine_fen" bigint DEFAULT 0 NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_charging_pile" (
	"id" uuid PRIMARY KEY NOT NULL,
	"station_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"power_kw" numeric(6, 1) NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_charging_session" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pile_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"vehicle_id" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone NOT NULL,
	"kwh" numeric(10, 2) NOT NULL,
	"amount_fen" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_charging_station" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_inspection_finding" (
	"id" uuid PRIMARY KEY NOT NULL,
	"inspection_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"vehicle_id" uuid,
	"description" text NOT NULL,
	"deadline" date NOT NULL,
	"rectified_on" date,
	"rectification" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_sealing_vehicle" (
	"id" uuid PRIMARY KEY NOT NULL,
	"sealing_id" uuid NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"parked_at" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_sealing" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_special_inspection" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"title" text NOT NULL,
	"inspected_on" date NOT NULL,
	"inspectors" text,
	"summary" text,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_odometer_reading" (
	"id" uuid PRIMARY KEY NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"km" numeric(10, 1) NOT NULL,
	"source" text NOT NULL,
	"source_id" uuid NOT NULL,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_fuel_record" (
	"id" uuid PRIMARY KEY NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"filled_at" timestamp with time zone NOT NULL,
	"odometer_km" numeric(10, 1) NOT NULL,
	"litres" numeric(8, 2),
	"kwh" numeric(8, 2),
	"amount_fen" bigint NOT NULL,
	"full" boolean DEFAULT true NOT NULL,
	"missed_previous" boolean DEFAULT false NOT NULL,
	"station" text,
	"card_no" text,
	"notes" text,
	"seg_km" numeric(10, 1),
	"seg_qty" numeric(10, 2),
	"flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_month_stat_run" (
	"month" text PRIMARY KEY NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fleet_vehicle_month_stat" (
	"vehicle_id" uuid NOT NULL,
	"month" text NOT NULL,
	"km" numeric(10, 1) NOT NULL,
	"trips" bigint NOT NULL,
	"seg_km" numeric(10, 1) NOT NULL,
	"seg_qty" numeric(10, 2) NOT NULL,
	"fill_qty" numeric(10, 2) NOT NULL,
	"amount_fen" bigint NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fleet_vehicle_month_stat_vehicle_id_month_pk" PRIMARY KEY("vehicle_id","month")
);
--> statement-breakpoint
CREATE TABLE "fleet_trip_request" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"department_id" uuid,
	"applicant_person_id" uuid NOT NULL,
	"applicant_account_id" uuid NOT NULL,
	"passenger_count" integer NOT NULL,
	"passenger_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"origin" text NOT NULL,
	"destinations" text[] NOT NULL,
	"dest_lat" numeric(9, 6),
	"dest_lon" numeric(9, 6),
	"planned_start" timestamp with time zone NOT NULL,
	"planned_end" timestamp with time zone NOT NULL,
	"purpose" text NOT NULL,
	"in_city" boolean DEFAULT true NOT NULL,
	"need_driver" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"instance_id" uuid,
	"trip_id" uuid,
	"rating" smallint,
	"rating_comment" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fleet_trip_request_window_ck" CHECK ("fleet_trip_request"."planned_end" > "fleet_trip_request"."planned_start"),
	CONSTRAINT "fleet_trip_request_passengers_ck" CHECK ("fleet_trip_request"."passenger_count" >= 1),
	CONSTRAINT "fleet_trip_request_rating_ck" CHECK ("fleet_trip_request"."rating" is null or "fleet_trip_request"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "fleet_trip" (
	"id" uuid PRIMARY KEY NOT NULL,
	"request_id" uuid,
	"vehicle_id" uuid NOT NULL,
	"driver_id" uuid,
	"agency_id" uuid NOT NULL,
	"planned_start" timestamp with time zone NOT NULL,
	"planned_end" timestamp with time zone NOT NULL,
	"origin" text,
	"destination" text,
	"purpose" text,
	"passenger_count" integer DEFAULT 1 NOT NULL,
	"departed_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"departure_km" numeric(10, 1),
	"return_km" numeric(10, 1),
	"km" numeric(10, 1) GENERATED ALWAYS AS (return_km - departure_km) STORED,
	"toll_fen" integer DEFAULT 0 NOT NULL,
	"parking_fen" integer DEFAULT 0 NOT NULL,
	"other_fen" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'dispatched' NOT NULL,
	"emergency" boolean DEFAULT false NOT NULL,
	"review_flag" boolean DEFAULT false NOT NULL,
	"review_comment" text,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"rating" smallint,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"vehicle_booking_id" uuid,
	"driver_booking_id" uuid,
	"track_points" integer,
	"track_km" numeric(10, 2),
	"track" jsonb,
	"cancel_reason" text,
	"dispatched_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fleet_trip_window_ck" CHECK ("fleet_trip"."planned_end" > "fleet_trip"."planned_start"),
	CONSTRAINT "fleet_trip_fees_ck" CHECK ("fleet_trip"."toll_fen" >= 0 and "fleet_trip"."parking_fen" >= 0 and "fleet_trip"."other_fen" >= 0),
	CONSTRAINT "fleet_trip_rating_ck" CHECK ("fleet_trip"."rating" is null or "fleet_trip"."rating" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "platform_person_movement" ADD CONSTRAINT "platform_person_movement_person_id_platform_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."platform_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_person_movement" ADD CONSTRAINT "platform_person_movement_to_agency_id_platform_agency_id_fk" FOREIGN KEY ("to_agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_building" ADD CONSTRAINT "estate_building_region_id_platform_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."platform_region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_building" ADD CONSTRAINT "estate_building_owner_agency_id_platform_agency_id_fk" FOREIGN KEY ("owner_agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_floor" ADD CONSTRAINT "estate_floor_building_id_estate_building_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."estate_building"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_floor" ADD CONSTRAINT "estate_floor_plan_file_id_platform_file_id_fk" FOREIGN KEY ("plan_file_id") REFERENCES "public"."platform_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_room" ADD CONSTRAINT "estate_room_floor_id_estate_floor_id_fk" FOREIGN KEY ("floor_id") REFERENCES "public"."estate_floor"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_room" ADD CONSTRAINT "estate_room_building_id_estate_building_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."estate_building"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_room" ADD CONSTRAINT "estate_room_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_application" ADD CONSTRAINT "estate_housing_application_round_id_estate_housing_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."estate_housing_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_application" ADD CONSTRAINT "estate_housing_application_person_id_platform_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."platform_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_application" ADD CONSTRAINT "estate_housing_application_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_application" ADD CONSTRAINT "estate_housing_application_department_id_platform_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."platform_department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_application" ADD CONSTRAINT "estate_housing_application_account_id_platform_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."platform_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_application" ADD CONSTRAINT "estate_housing_application_flat_id_estate_housing_flat_id_fk" FOREIGN KEY ("flat_id") REFERENCES "public"."estate_housing_flat"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_draw" ADD CONSTRAINT "estate_housing_draw_round_id_estate_housing_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."estate_housing_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_flat" ADD CONSTRAINT "estate_housing_flat_region_id_platform_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."platform_region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_flat" ADD CONSTRAINT "estate_housing_flat_building_id_estate_building_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."estate_building"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_objection" ADD CONSTRAINT "estate_housing_objection_round_id_estate_housing_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."estate_housing_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_objection" ADD CONSTRAINT "estate_housing_objection_application_id_estate_housing_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."estate_housing_application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_round" ADD CONSTRAINT "estate_housing_round_region_id_platform_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."platform_region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_round" ADD CONSTRAINT "estate_housing_round_rule_set_id_estate_housing_rule_set_id_fk" FOREIGN KEY ("rule_set_id") REFERENCES "public"."estate_housing_rule_set"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_bill" ADD CONSTRAINT "estate_housing_bill_lease_id_estate_housing_lease_id_fk" FOREIGN KEY ("lease_id") REFERENCES "public"."estate_housing_lease"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_checklist" ADD CONSTRAINT "estate_housing_checklist_lease_id_estate_housing_lease_id_fk" FOREIGN KEY ("lease_id") REFERENCES "public"."estate_housing_lease"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_lease" ADD CONSTRAINT "estate_housing_lease_flat_id_estate_housing_flat_id_fk" FOREIGN KEY ("flat_id") REFERENCES "public"."estate_housing_flat"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_lease" ADD CONSTRAINT "estate_housing_lease_application_id_estate_housing_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."estate_housing_application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_lease" ADD CONSTRAINT "estate_housing_lease_person_id_platform_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."platform_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_lease" ADD CONSTRAINT "estate_housing_lease_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_lease" ADD CONSTRAINT "estate_housing_lease_department_id_platform_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."platform_department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_lease" ADD CONSTRAINT "estate_housing_lease_account_id_platform_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."platform_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_payment" ADD CONSTRAINT "estate_housing_payment_bill_id_estate_housing_bill_id_fk" FOREIGN KEY ("bill_id") REFERENCES "public"."estate_housing_bill"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_housing_reminder" ADD CONSTRAINT "estate_housing_reminder_lease_id_estate_housing_lease_id_fk" FOREIGN KEY ("lease_id") REFERENCES "public"."estate_housing_lease"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_allocation_room" ADD CONSTRAINT "estate_allocation_room_allocation_id_estate_allocation_id_fk" FOREIGN KEY ("allocation_id") REFERENCES "public"."estate_allocation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_allocation_room" ADD CONSTRAINT "estate_allocation_room_room_id_estate_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."estate_room"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_allocation" ADD CONSTRAINT "estate_allocation_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_assignment" ADD CONSTRAINT "estate_assignment_person_id_platform_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."platform_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_assignment" ADD CONSTRAINT "estate_assignment_room_id_estate_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."estate_room"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_assignment" ADD CONSTRAINT "estate_assignment_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_recovery_task" ADD CONSTRAINT "estate_recovery_task_person_id_platform_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."platform_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_recovery_task" ADD CONSTRAINT "estate_recovery_task_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_recovery_task" ADD CONSTRAINT "estate_recovery_task_room_id_estate_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."estate_room"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_recovery_task" ADD CONSTRAINT "estate_recovery_task_assignment_id_estate_assignment_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."estate_assignment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_request" ADD CONSTRAINT "estate_request_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_request" ADD CONSTRAINT "estate_request_applicant_person_id_platform_person_id_fk" FOREIGN KEY ("applicant_person_id") REFERENCES "public"."platform_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_room_problem" ADD CONSTRAINT "estate_room_problem_room_id_estate_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."estate_room"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_room_problem" ADD CONSTRAINT "estate_room_problem_person_id_platform_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."platform_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_room_problem" ADD CONSTRAINT "estate_room_problem_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_room_problem" ADD CONSTRAINT "estate_room_problem_photo_file_id_platform_file_id_fk" FOREIGN KEY ("photo_file_id") REFERENCES "public"."platform_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_census_agency" ADD CONSTRAINT "estate_census_agency_campaign_id_estate_census_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."estate_census_campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_census_agency" ADD CONSTRAINT "estate_census_agency_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_census_item" ADD CONSTRAINT "estate_census_item_campaign_id_estate_census_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."estate_census_campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_census_item" ADD CONSTRAINT "estate_census_item_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_census_item" ADD CONSTRAINT "estate_census_item_room_id_estate_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."estate_room"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_census_item" ADD CONSTRAINT "estate_census_item_building_id_estate_building_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."estate_building"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_census_item" ADD CONSTRAINT "estate_census_item_floor_id_estate_floor_id_fk" FOREIGN KEY ("floor_id") REFERENCES "public"."estate_floor"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_inspection_finding" ADD CONSTRAINT "estate_inspection_finding_plan_id_estate_inspection_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."estate_inspection_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_inspection_finding" ADD CONSTRAINT "estate_inspection_finding_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_inspection_finding" ADD CONSTRAINT "estate_inspection_finding_room_id_estate_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."estate_room"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_transfer" ADD CONSTRAINT "estate_transfer_from_agency_id_platform_agency_id_fk" FOREIGN KEY ("from_agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_transfer" ADD CONSTRAINT "estate_transfer_building_id_estate_building_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."estate_building"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_lease_contract" ADD CONSTRAINT "estate_lease_contract_listing_id_estate_lease_listing_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."estate_lease_listing"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_lease_contract" ADD CONSTRAINT "estate_lease_contract_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_lease_contract" ADD CONSTRAINT "estate_lease_contract_lessee_id_estate_lessee_id_fk" FOREIGN KEY ("lessee_id") REFERENCES "public"."estate_lessee"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_lease_listing" ADD CONSTRAINT "estate_lease_listing_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_lease_listing" ADD CONSTRAINT "estate_lease_listing_building_id_estate_building_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."estate_building"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_lease_listing" ADD CONSTRAINT "estate_lease_listing_room_id_estate_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."estate_room"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_lessee" ADD CONSTRAINT "estate_lessee_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_rent_instalment" ADD CONSTRAINT "estate_rent_instalment_contract_id_estate_lease_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."estate_lease_contract"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_rent_receipt" ADD CONSTRAINT "estate_rent_receipt_contract_id_estate_lease_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."estate_lease_contract"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_remote_property" ADD CONSTRAINT "estate_remote_property_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_remote_record" ADD CONSTRAINT "estate_remote_record_property_id_estate_remote_property_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."estate_remote_property"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_remote_report" ADD CONSTRAINT "estate_remote_report_property_id_estate_remote_property_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."estate_remote_property"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_activity_room" ADD CONSTRAINT "estate_activity_room_room_id_estate_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."estate_room"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_activity_room" ADD CONSTRAINT "estate_activity_room_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_vehicle" ADD CONSTRAINT "fleet_vehicle_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_driver_roster" ADD CONSTRAINT "fleet_driver_roster_driver_id_fleet_driver_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."fleet_driver"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_driver_roster" ADD CONSTRAINT "fleet_driver_roster_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_driver_safety" ADD CONSTRAINT "fleet_driver_safety_driver_id_fleet_driver_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."fleet_driver"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_driver_safety" ADD CONSTRAINT "fleet_driver_safety_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_driver_training" ADD CONSTRAINT "fleet_driver_training_driver_id_fleet_driver_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."fleet_driver"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_driver_training" ADD CONSTRAINT "fleet_driver_training_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_driver" ADD CONSTRAINT "fleet_driver_person_id_platform_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."platform_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_driver" ADD CONSTRAINT "fleet_driver_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_override_request" ADD CONSTRAINT "fleet_override_request_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_quota" ADD CONSTRAINT "fleet_quota_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_vehicle_status_change" ADD CONSTRAINT "fleet_vehicle_status_change_vehicle_id_fleet_vehicle_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."fleet_vehicle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_vehicle_status_change" ADD CONSTRAINT "fleet_vehicle_status_change_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_repair" ADD CONSTRAINT "fleet_repair_vehicle_id_fleet_vehicle_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."fleet_vehicle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_repair" ADD CONSTRAINT "fleet_repair_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_repair" ADD CONSTRAINT "fleet_repair_shop_id_fleet_shop_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."fleet_shop"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_accident" ADD CONSTRAINT "fleet_accident_vehicle_id_fleet_vehicle_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."fleet_vehicle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_accident" ADD CONSTRAINT "fleet_accident_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_accident" ADD CONSTRAINT "fleet_accident_driver_id_fleet_driver_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."fleet_driver"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_inspection" ADD CONSTRAINT "fleet_inspection_vehicle_id_fleet_vehicle_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."fleet_vehicle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_inspection" ADD CONSTRAINT "fleet_inspection_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_insurance" ADD CONSTRAINT "fleet_insurance_vehicle_id_fleet_vehicle_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."fleet_vehicle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_insurance" ADD CONSTRAINT "fleet_insurance_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_violation" ADD CONSTRAINT "fleet_violation_vehicle_id_fleet_vehicle_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."fleet_vehicle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_violation" ADD CONSTRAINT "fleet_violation_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_violation" ADD CONSTRAINT "fleet_violation_driver_id_fleet_driver_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."fleet_driver"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_charging_pile" ADD CONSTRAINT "fleet_charging_pile_station_id_fleet_charging_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."fleet_charging_station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_charging_pile" ADD CONSTRAINT "fleet_charging_pile_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_charging_session" ADD CONSTRAINT "fleet_charging_session_pile_id_fleet_charging_pile_id_fk" FOREIGN KEY ("pile_id") REFERENCES "public"."fleet_charging_pile"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_charging_session" ADD CONSTRAINT "fleet_charging_session_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_charging_session" ADD CONSTRAINT "fleet_charging_session_vehicle_id_fleet_vehicle_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."fleet_vehicle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_charging_station" ADD CONSTRAINT "fleet_charging_station_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_inspection_finding" ADD CONSTRAINT "fleet_inspection_finding_inspection_id_fleet_special_inspection_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."fleet_special_inspection"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_inspection_finding" ADD CONSTRAINT "fleet_inspection_finding_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_inspection_finding" ADD CONSTRAINT "fleet_inspection_finding_vehicle_id_fleet_vehicle_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."fleet_vehicle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_sealing_vehicle" ADD CONSTRAINT "fleet_sealing_vehicle_sealing_id_fleet_sealing_id_fk" FOREIGN KEY ("sealing_id") REFERENCES "public"."fleet_sealing"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_sealing_vehicle" ADD CONSTRAINT "fleet_sealing_vehicle_vehicle_id_fleet_vehicle_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."fleet_vehicle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_sealing_vehicle" ADD CONSTRAINT "fleet_sealing_vehicle_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_special_inspection" ADD CONSTRAINT "fleet_special_inspection_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_odometer_reading" ADD CONSTRAINT "fleet_odometer_reading_vehicle_id_fleet_vehicle_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."fleet_vehicle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_fuel_record" ADD CONSTRAINT "fleet_fuel_record_vehicle_id_fleet_vehicle_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."fleet_vehicle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_vehicle_month_stat" ADD CONSTRAINT "fleet_vehicle_month_stat_vehicle_id_fleet_vehicle_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."fleet_vehicle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_trip_request" ADD CONSTRAINT "fleet_trip_request_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_trip_request" ADD CONSTRAINT "fleet_trip_request_department_id_platform_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."platform_department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_trip_request" ADD CONSTRAINT "fleet_trip_request_applicant_person_id_platform_person_id_fk" FOREIGN KEY ("applicant_person_id") REFERENCES "public"."platform_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_trip" ADD CONSTRAINT "fleet_trip_vehicle_id_fleet_vehicle_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."fleet_vehicle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_trip" ADD CONSTRAINT "fleet_trip_driver_id_fleet_driver_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."fleet_driver"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fleet_trip" ADD CONSTRAINT "fleet_trip_agency_id_platform_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."platform_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "platform_person_movement_person_idx" ON "platform_person_movement" USING btree ("person_id","effective_date");--> statement-breakpoint
CREATE INDEX "platform_person_movement_to_agency_idx" ON "platform_person_movement" USING btree ("to_agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_building_code_uq" ON "estate_building" USING btree ("code");--> statement-breakpoint
CREATE INDEX "estate_building_region_idx" ON "estate_building" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "estate_building_owner_agency_idx" ON "estate_building" USING btree ("owner_agency_id");--> statement-breakpoint
CREATE INDEX "estate_building_status_idx" ON "estate_building" USING btree ("status");--> statement-breakpoint
CREATE INDEX "estate_building_name_idx" ON "estate_building" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_floor_building_level_uq" ON "estate_floor" USING btree ("building_id","level");--> statement-breakpoint
CREATE INDEX "estate_floor_plan_file_idx" ON "estate_floor" USING btree ("plan_file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_room_floor_number_uq" ON "estate_room" USING btree ("floor_id","number");--> statement-breakpoint
CREATE INDEX "estate_room_building_idx" ON "estate_room" USING btree ("building_id");--> statement-breakpoint
CREATE INDEX "estate_room_agency_class_idx" ON "estate_room" USING btree ("agency_id","use_class");--> statement-breakpoint
CREATE INDEX "estate_room_use_class_idx" ON "estate_room" USING btree ("use_class");--> statement-breakpoint
CREATE INDEX "estate_room_status_idx" ON "estate_room" USING btree ("status");--> statement-breakpoint
CREATE INDEX "estate_room_number_idx" ON "estate_room" USING btree ("number");--> statement-breakpoint
CREATE INDEX "estate_room_office_agency_idx" ON "estate_room" USING btree ("agency_id") WHERE use_class = 'office';--> statement-breakpoint
CREATE UNIQUE INDEX "estate_housing_application_round_person_uq" ON "estate_housing_application" USING btree ("round_id","person_id");--> statement-breakpoint
CREATE INDEX "estate_housing_application_person_idx" ON "estate_housing_application" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "estate_housing_application_agency_idx" ON "estate_housing_application" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "estate_housing_application_department_idx" ON "estate_housing_application" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "estate_housing_application_account_idx" ON "estate_housing_application" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "estate_housing_application_status_idx" ON "estate_housing_application" USING btree ("round_id","status");--> statement-breakpoint
CREATE INDEX "estate_housing_application_flat_idx" ON "estate_housing_application" USING btree ("flat_id");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_housing_draw_round_uq" ON "estate_housing_draw" USING btree ("round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_housing_flat_address_uq" ON "estate_housing_flat" USING btree ("estate_name","building_name","unit","number");--> statement-breakpoint
CREATE INDEX "estate_housing_flat_region_idx" ON "estate_housing_flat" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "estate_housing_flat_building_idx" ON "estate_housing_flat" USING btree ("building_id");--> statement-breakpoint
CREATE INDEX "estate_housing_flat_status_idx" ON "estate_housing_flat" USING btree ("status");--> statement-breakpoint
CREATE INDEX "estate_housing_objection_round_idx" ON "estate_housing_objection" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "estate_housing_objection_application_idx" ON "estate_housing_objection" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_housing_round_code_uq" ON "estate_housing_round" USING btree ("code");--> statement-breakpoint
CREATE INDEX "estate_housing_round_region_idx" ON "estate_housing_round" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "estate_housing_round_rule_set_idx" ON "estate_housing_round" USING btree ("rule_set_id");--> statement-breakpoint
CREATE INDEX "estate_housing_round_status_idx" ON "estate_housing_round" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_housing_rule_set_name_uq" ON "estate_housing_rule_set" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_housing_bill_lease_month_uq" ON "estate_housing_bill" USING btree ("lease_id","month");--> statement-breakpoint
CREATE INDEX "estate_housing_bill_status_idx" ON "estate_housing_bill" USING btree ("status","month");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_housing_checklist_lease_kind_uq" ON "estate_housing_checklist" USING btree ("lease_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_housing_lease_active_flat_uq" ON "estate_housing_lease" USING btree ("flat_id") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "estate_housing_lease_flat_idx" ON "estate_housing_lease" USING btree ("flat_id");--> statement-breakpoint
CREATE INDEX "estate_housing_lease_application_idx" ON "estate_housing_lease" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "estate_housing_lease_person_idx" ON "estate_housing_lease" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "estate_housing_lease_agency_idx" ON "estate_housing_lease" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "estate_housing_lease_department_idx" ON "estate_housing_lease" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "estate_housing_lease_account_idx" ON "estate_housing_lease" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "estate_housing_lease_end_idx" ON "estate_housing_lease" USING btree ("status","end_date");--> statement-breakpoint
CREATE INDEX "estate_housing_payment_bill_idx" ON "estate_housing_payment" USING btree ("bill_id");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_housing_reminder_lease_days_uq" ON "estate_housing_reminder" USING btree ("lease_id","days_before");--> statement-breakpoint
CREATE INDEX "estate_allocation_room_allocation_idx" ON "estate_allocation_room" USING btree ("allocation_id");--> statement-breakpoint
CREATE INDEX "estate_allocation_room_room_idx" ON "estate_allocation_room" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "estate_allocation_agency_idx" ON "estate_allocation" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_allocation_agreement_uq" ON "estate_allocation" USING btree ("agreement_no");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_allocation_certificate_uq" ON "estate_allocation" USING btree ("certificate_no");--> statement-breakpoint
CREATE INDEX "estate_allocation_status_idx" ON "estate_allocation" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_area_standard_level_post_from_uq" ON "estate_area_standard" USING btree ("admin_level","post_class","effective_from");--> statement-breakpoint
CREATE INDEX "estate_assignment_person_idx" ON "estate_assignment" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "estate_assignment_room_idx" ON "estate_assignment" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "estate_assignment_agency_idx" ON "estate_assignment" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "estate_assignment_open_room_idx" ON "estate_assignment" USING btree ("room_id","person_id") WHERE end_date is null;--> statement-breakpoint
CREATE INDEX "estate_assignment_open_person_idx" ON "estate_assignment" USING btree ("person_id","room_id") WHERE end_date is null;--> statement-breakpoint
CREATE UNIQUE INDEX "estate_rank_post_level_rank_uq" ON "estate_rank_post" USING btree ("admin_level","rank");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_recovery_task_assignment_reason_uq" ON "estate_recovery_task" USING btree ("assignment_id","reason");--> statement-breakpoint
CREATE INDEX "estate_recovery_task_person_idx" ON "estate_recovery_task" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "estate_recovery_task_agency_status_idx" ON "estate_recovery_task" USING btree ("agency_id","status");--> statement-breakpoint
CREATE INDEX "estate_recovery_task_room_idx" ON "estate_recovery_task" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "estate_recovery_task_status_due_idx" ON "estate_recovery_task" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "estate_request_agency_idx" ON "estate_request" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "estate_request_applicant_idx" ON "estate_request" USING btree ("applicant_person_id");--> statement-breakpoint
CREATE INDEX "estate_request_kind_status_idx" ON "estate_request" USING btree ("kind","status");--> statement-breakpoint
CREATE INDEX "estate_room_problem_room_idx" ON "estate_room_problem" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "estate_room_problem_person_idx" ON "estate_room_problem" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "estate_room_problem_agency_status_idx" ON "estate_room_problem" USING btree ("agency_id","status");--> statement-breakpoint
CREATE INDEX "estate_room_problem_photo_idx" ON "estate_room_problem" USING btree ("photo_file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_census_agency_uq" ON "estate_census_agency" USING btree ("campaign_id","agency_id");--> statement-breakpoint
CREATE INDEX "estate_census_agency_agency_idx" ON "estate_census_agency" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "estate_census_agency_status_idx" ON "estate_census_agency" USING btree ("status");--> statement-breakpoint
CREATE INDEX "estate_census_campaign_status_idx" ON "estate_census_campaign" USING btree ("status");--> statement-breakpoint
CREATE INDEX "estate_census_campaign_year_idx" ON "estate_census_campaign" USING btree ("year");--> statement-breakpoint
CREATE INDEX "estate_census_item_campaign_agency_idx" ON "estate_census_item" USING btree ("campaign_id","agency_id");--> statement-breakpoint
CREATE INDEX "estate_census_item_agency_idx" ON "estate_census_item" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "estate_census_item_room_idx" ON "estate_census_item" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "estate_census_item_building_idx" ON "estate_census_item" USING btree ("building_id");--> statement-breakpoint
CREATE INDEX "estate_census_item_floor_idx" ON "estate_census_item" USING btree ("floor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_census_item_room_uq" ON "estate_census_item" USING btree ("campaign_id","room_id") WHERE room_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "estate_census_item_added_uq" ON "estate_census_item" USING btree ("campaign_id","floor_id","number") WHERE origin = 'added';--> statement-breakpoint
CREATE INDEX "estate_inspection_finding_plan_idx" ON "estate_inspection_finding" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "estate_inspection_finding_agency_idx" ON "estate_inspection_finding" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "estate_inspection_finding_room_idx" ON "estate_inspection_finding" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "estate_inspection_finding_status_due_idx" ON "estate_inspection_finding" USING btree ("status","rectify_by");--> statement-breakpoint
CREATE INDEX "estate_inspection_plan_year_idx" ON "estate_inspection_plan" USING btree ("year");--> statement-breakpoint
CREATE INDEX "estate_inspection_plan_status_idx" ON "estate_inspection_plan" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_transfer_code_uq" ON "estate_transfer" USING btree ("code");--> statement-breakpoint
CREATE INDEX "estate_transfer_from_agency_idx" ON "estate_transfer" USING btree ("from_agency_id");--> statement-breakpoint
CREATE INDEX "estate_transfer_building_idx" ON "estate_transfer" USING btree ("building_id");--> statement-breakpoint
CREATE INDEX "estate_transfer_status_idx" ON "estate_transfer" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_lease_contract_code_uq" ON "estate_lease_contract" USING btree ("code");--> statement-breakpoint
CREATE INDEX "estate_lease_contract_listing_idx" ON "estate_lease_contract" USING btree ("listing_id");--> statement-breakpoint
CREATE INDEX "estate_lease_contract_agency_idx" ON "estate_lease_contract" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "estate_lease_contract_lessee_idx" ON "estate_lease_contract" USING btree ("lessee_id");--> statement-breakpoint
CREATE INDEX "estate_lease_contract_status_ends_idx" ON "estate_lease_contract" USING btree ("status","ends_on");--> statement-breakpoint
CREATE INDEX "estate_lease_listing_agency_idx" ON "estate_lease_listing" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "estate_lease_listing_building_idx" ON "estate_lease_listing" USING btree ("building_id");--> statement-breakpoint
CREATE INDEX "estate_lease_listing_room_idx" ON "estate_lease_listing" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "estate_lease_listing_status_idx" ON "estate_lease_listing" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_lease_listing_room_active_uq" ON "estate_lease_listing" USING btree ("room_id") WHERE room_id is not null and status in ('open', 'leased');--> statement-breakpoint
CREATE INDEX "estate_lessee_agency_idx" ON "estate_lessee" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "estate_lessee_name_idx" ON "estate_lessee" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_rent_instalment_uq" ON "estate_rent_instalment" USING btree ("contract_id","seq");--> statement-breakpoint
CREATE INDEX "estate_rent_instalment_due_idx" ON "estate_rent_instalment" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "estate_rent_receipt_contract_idx" ON "estate_rent_receipt" USING btree ("contract_id","paid_on");--> statement-breakpoint
CREATE INDEX "estate_remote_property_agency_idx" ON "estate_remote_property" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "estate_remote_property_due_idx" ON "estate_remote_property" USING btree ("next_report_due");--> statement-breakpoint
CREATE INDEX "estate_remote_record_property_idx" ON "estate_remote_record" USING btree ("property_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_remote_report_uq" ON "estate_remote_report" USING btree ("property_id","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_activity_room_room_uq" ON "estate_activity_room" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "estate_activity_room_agency_idx" ON "estate_activity_room" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fleet_vehicle_plate_uq" ON "fleet_vehicle" USING btree ("plate");--> statement-breakpoint
CREATE INDEX "fleet_vehicle_agency_idx" ON "fleet_vehicle" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "fleet_vehicle_status_idx" ON "fleet_vehicle" USING btree ("status");--> statement-breakpoint
CREATE INDEX "fleet_vehicle_kind_idx" ON "fleet_vehicle" USING btree ("kind");--> statement-breakpoint
CREATE UNIQUE INDEX "fleet_driver_roster_driver_day_uq" ON "fleet_driver_roster" USING btree ("driver_id","day");--> statement-breakpoint
CREATE INDEX "fleet_driver_roster_agency_day_idx" ON "fleet_driver_roster" USING btree ("agency_id","day");--> statement-breakpoint
CREATE INDEX "fleet_driver_safety_driver_idx" ON "fleet_driver_safety" USING btree ("driver_id","occurred_on");--> statement-breakpoint
CREATE INDEX "fleet_driver_safety_agency_idx" ON "fleet_driver_safety" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "fleet_driver_training_driver_idx" ON "fleet_driver_training" USING btree ("driver_id","held_on");--> statement-breakpoint
CREATE INDEX "fleet_driver_training_agency_idx" ON "fleet_driver_training" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "fleet_driver_agency_idx" ON "fleet_driver" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "fleet_driver_person_idx" ON "fleet_driver" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "fleet_driver_status_idx" ON "fleet_driver" USING btree ("status");--> statement-breakpoint
CREATE INDEX "fleet_override_request_agency_idx" ON "fleet_override_request" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "fleet_override_request_status_idx" ON "fleet_override_request" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "fleet_quota_agency_kind_uq" ON "fleet_quota" USING btree ("agency_id","kind");--> statement-breakpoint
CREATE INDEX "fleet_quota_agency_idx" ON "fleet_quota" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fleet_standard_code_uq" ON "fleet_standard" USING btree ("code","effective_from");--> statement-breakpoint
CREATE INDEX "fleet_standard_kind_idx" ON "fleet_standard" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "fleet_vehicle_status_change_vehicle_idx" ON "fleet_vehicle_status_change" USING btree ("vehicle_id","at");--> statement-breakpoint
CREATE INDEX "fleet_vehicle_status_change_agency_idx" ON "fleet_vehicle_status_change" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "fleet_repair_vehicle_idx" ON "fleet_repair" USING btree ("vehicle_id","requested_on");--> statement-breakpoint
CREATE INDEX "fleet_repair_agency_idx" ON "fleet_repair" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "fleet_repair_status_idx" ON "fleet_repair" USING btree ("status");--> statement-breakpoint
CREATE INDEX "fleet_repair_shop_idx" ON "fleet_repair" USING btree ("shop_id");--> statement-breakpoint
CREATE INDEX "fleet_shop_name_idx" ON "fleet_shop" USING btree ("name");--> statement-breakpoint
CREATE INDEX "fleet_accident_vehicle_idx" ON "fleet_accident" USING btree ("vehicle_id","occurred_at");--> statement-breakpoint
CREATE INDEX "fleet_accident_agency_idx" ON "fleet_accident" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "fleet_accident_driver_idx" ON "fleet_accident" USING btree ("driver_id");--> statement-breakpoint
CREATE INDEX "fleet_inspection_vehicle_idx" ON "fleet_inspection" USING btree ("vehicle_id","inspected_on");--> statement-breakpoint
CREATE INDEX "fleet_inspection_agency_idx" ON "fleet_inspection" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "fleet_insurance_vehicle_idx" ON "fleet_insurance" USING btree ("vehicle_id","ends_on");--> statement-breakpoint
CREATE INDEX "fleet_insurance_agency_idx" ON "fleet_insurance" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "fleet_insurance_ends_idx" ON "fleet_insurance" USING btree ("ends_on");--> statement-breakpoint
CREATE INDEX "fleet_reminder_log_object_idx" ON "fleet_reminder_log" USING btree ("object_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fleet_reminder_log_uq" ON "fleet_reminder_log" USING btree ("kind","object_id","due_on");--> statement-breakpoint
CREATE INDEX "fleet_violation_vehicle_idx" ON "fleet_violation" USING btree ("vehicle_id","occurred_at");--> statement-breakpoint
CREATE INDEX "fleet_violation_agency_idx" ON "fleet_violation" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "fleet_violation_driver_idx" ON "fleet_violation" USING btree ("driver_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fleet_charging_pile_code_uq" ON "fleet_charging_pile" USING btree ("station_id","code");--> statement-breakpoint
CREATE INDEX "fleet_charging_pile_agency_idx" ON "fleet_charging_pile" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "fleet_charging_session_pile_idx" ON "fleet_charging_session" USING btree ("pile_id","started_at");--> statement-breakpoint
CREATE INDEX "fleet_charging_session_agency_idx" ON "fleet_charging_session" USING btree ("agency_id","started_at");--> statement-breakpoint
CREATE INDEX "fleet_charging_session_vehicle_idx" ON "fleet_charging_session" USING btree ("vehicle_id");--> statement-breakpoint
CREATE INDEX "fleet_charging_station_agency_idx" ON "fleet_charging_station" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "fleet_inspection_finding_inspection_idx" ON "fleet_inspection_finding" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "fleet_inspection_finding_agency_idx" ON "fleet_inspection_finding" USING btree ("agency_id","deadline");--> statement-breakpoint
CREATE UNIQUE INDEX "fleet_sealing_vehicle_uq" ON "fleet_sealing_vehicle" USING btree ("sealing_id","vehicle_id");--> statement-breakpoint
CREATE INDEX "fleet_sealing_vehicle_vehicle_idx" ON "fleet_sealing_vehicle" USING btree ("vehicle_id");--> statement-breakpoint
CREATE INDEX "fleet_sealing_vehicle_agency_idx" ON "fleet_sealing_vehicle" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "fleet_sealing_window_idx" ON "fleet_sealing" USING btree ("starts_at","ends_at");--> statement-breakpoint
CREATE INDEX "fleet_special_inspection_agency_idx" ON "fleet_special_inspection" USING btree ("agency_id","inspected_on");--> statement-breakpoint
CREATE UNIQUE INDEX "fleet_odometer_reading_source_uq" ON "fleet_odometer_reading" USING btree ("source_id","source");--> statement-breakpoint
CREATE INDEX "fleet_odometer_reading_vehicle_at_idx" ON "fleet_odometer_reading" USING btree ("vehicle_id","at");--> statement-breakpoint
CREATE INDEX "fleet_odometer_reading_source_at_idx" ON "fleet_odometer_reading" USING btree ("source","at");--> statement-breakpoint
CREATE INDEX "fleet_fuel_record_vehicle_filled_idx" ON "fleet_fuel_record" USING btree ("vehicle_id","filled_at");--> statement-breakpoint
CREATE INDEX "fleet_fuel_record_vehicle_full_idx" ON "fleet_fuel_record" USING btree ("vehicle_id","filled_at") WHERE "fleet_fuel_record"."full";--> statement-breakpoint
CREATE INDEX "fleet_fuel_record_filled_idx" ON "fleet_fuel_record" USING btree ("filled_at");--> statement-breakpoint
CREATE INDEX "fleet_vehicle_month_stat_month_idx" ON "fleet_vehicle_month_stat" USING btree ("month");--> statement-breakpoint
CREATE INDEX "fleet_trip_request_agency_idx" ON "fleet_trip_request" USING btree ("agency_id","planned_start");--> statement-breakpoint
CREATE INDEX "fleet_trip_request_applicant_idx" ON "fleet_trip_request" USING btree ("applicant_person_id");--> statement-breakpoint
CREATE INDEX "fleet_trip_request_department_idx" ON "fleet_trip_request" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "fleet_trip_request_status_idx" ON "fleet_trip_request" USING btree ("status","planned_start");--> statement-breakpoint
CREATE INDEX "fleet_trip_request_trip_idx" ON "fleet_trip_request" USING btree ("trip_id");--> statement-breakpoint
CREATE INDEX "fleet_trip_vehicle_returned_idx" ON "fleet_trip" USING btree ("vehicle_id","returned_at");--> statement-breakpoint
CREATE INDEX "fleet_trip_agency_returned_idx" ON "fleet_trip" USING btree ("agency_id","returned_at");--> statement-breakpoint
CREATE INDEX "fleet_trip_driver_idx" ON "fleet_trip" USING btree ("driver_id","planned_start");--> statement-breakpoint
CREATE INDEX "fleet_trip_request_idx" ON "fleet_trip" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "fleet_trip_status_idx" ON "fleet_trip" USING btree ("status","planned_start");--> statement-breakpoint
CREATE INDEX "fleet_trip_review_idx" ON "fleet_trip" USING btree ("review_flag") WHERE review_flag;