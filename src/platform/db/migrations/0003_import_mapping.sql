-- The column mapping a spreadsheet was read with, and the signature of its header (its column names, years written
-- as #year), so that the next file of the same layout is read the same way.
ALTER TABLE import_batch ADD COLUMN mapping jsonb;
ALTER TABLE import_batch ADD COLUMN header_signature text;
CREATE INDEX import_batch_header_signature ON import_batch (header_signature) WHERE mapping IS NOT NULL;
