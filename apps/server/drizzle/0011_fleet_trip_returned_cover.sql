-- Custom SQL migration file, put your code below! --
-- 百里油耗公示: index-only scan of the trips returned in a month (one range scan of the month
-- instead of one probe per vehicle). Kept also in src/modules/fleet/db/fuel-disclosure.constraints.sql.
CREATE INDEX IF NOT EXISTS "fleet_trip_returned_cover_idx" ON "fleet_trip" ("returned_at") INCLUDE ("vehicle_id", "departure_km", "return_km") WHERE "status" = 'returned';
