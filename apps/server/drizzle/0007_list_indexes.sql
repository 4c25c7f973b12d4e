DROP INDEX "platform_person_agency_idx";--> statement-breakpoint
DROP INDEX "platform_person_name_idx";--> statement-breakpoint
CREATE INDEX "platform_agency_sort_code_idx" ON "platform_agency" USING btree ("sort","code");--> statement-breakpoint
CREATE INDEX "platform_person_agency_status_idx" ON "platform_person" USING btree ("agency_id","status");--> statement-breakpoint
CREATE INDEX "platform_person_name_id_idx" ON "platform_person" USING btree ("name","id");