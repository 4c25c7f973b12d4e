CREATE TABLE "estate_transfer_document" (
	"id" uuid PRIMARY KEY NOT NULL,
	"transfer_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"kind" text DEFAULT 'other' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "estate_transfer_document_kind_ck" CHECK ("estate_transfer_document"."kind" in ('approval', 'agreement', 'title', 'other'))
);
--> statement-breakpoint
ALTER TABLE "estate_transfer_document" ADD CONSTRAINT "estate_transfer_document_transfer_id_estate_transfer_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."estate_transfer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_transfer_document" ADD CONSTRAINT "estate_transfer_document_file_id_platform_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."platform_file"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "estate_transfer_document_file_uq" ON "estate_transfer_document" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "estate_transfer_document_transfer_idx" ON "estate_transfer_document" USING btree ("transfer_id");