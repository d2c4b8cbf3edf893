-- Provenance of flows estimated from stored stocks. The estimated values are observations of the batch named here;
-- this row says how they were made: method and parameters, the batches the input stocks came from, the areas used
-- and those dropped with the reason.
CREATE TABLE estimation_run (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  batch_id integer NOT NULL UNIQUE REFERENCES import_batch (id),
  method text NOT NULL,
  params jsonb NOT NULL,
  input_measure text NOT NULL,
  occupation text NOT NULL,
  start_year smallint NOT NULL,
  end_year smallint NOT NULL,
  output_measure text NOT NULL,
  output_source text NOT NULL,
  input_batches integer[] NOT NULL,
  areas text[] NOT NULL,
  dropped_areas jsonb NOT NULL DEFAULT '[]'::jsonb,
  warnings jsonb NOT NULL DEFAULT '[]'::jsonb,
  retired integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (start_year < end_year)
);
CREATE INDEX estimation_run_output ON estimation_run (output_source, occupation);
