-- "Never double-booked": two bookings of the same resource may not overlap while both hold it
-- (tentative, confirmed or checked in). Needs btree_gist (created by migration 0001) for the
-- equality columns. Lapsed tentative holds still count here: the service releases them in the
-- booking transaction before it inserts (see bookings.service.ts, releaseLapsedHolds).
ALTER TABLE "platform_booking" ADD CONSTRAINT "platform_booking_no_overlap_ex"
  EXCLUDE USING gist ("resource_type" WITH =, "resource_id" WITH =, "during" WITH &&)
  WHERE ("state" IN ('tentative', 'confirmed', 'checked_in'));
