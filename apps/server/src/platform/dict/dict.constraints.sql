-- Two active versions of the same dictionary entry (type, code) never overlap in time.
-- effective_to is the last valid day (inclusive; null = open-ended), hence the '[]' range.
-- Needs btree_gist (created by migration 0001) for the equality columns.
ALTER TABLE "platform_dict_item" ADD CONSTRAINT "platform_dict_item_no_overlap_ex"
  EXCLUDE USING gist ("type_code" WITH =, "code" WITH =, (daterange("effective_from", "effective_to", '[]')) WITH &&)
  WHERE ("active");
