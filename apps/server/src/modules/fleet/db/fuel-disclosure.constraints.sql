-- fleet: index-only scan of the trips returned in a month for the 百里油耗公示 (one range scan
-- of the month instead of one probe per vehicle). Same SQL as drizzle/0011_fleet_trip_returned_cover.sql.
CREATE INDEX IF NOT EXISTS "fleet_trip_returned_cover_idx" ON "fleet_trip" ("returned_at") INCLUDE ("vehicle_id", "departure_km", "return_km") WHERE "status" = 'returned';
