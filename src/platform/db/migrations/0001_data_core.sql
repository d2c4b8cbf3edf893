CREATE TABLE area (
  code text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('country', 'subnational', 'who-region', 'income-group', 'aggregate', 'total', 'unspecified', 'none')),
  name text NOT NULL,
  iso2 text,
  m49 text,
  parent text REFERENCES area (code),
  who_region text,
  who_member boolean NOT NULL DEFAULT false,
  wb_income text,
  wb_region text,
  un_region text,
  un_subregion text,
  CHECK ((kind = 'subnational') = (parent IS NOT NULL) OR kind <> 'subnational')
);
CREATE INDEX area_parent ON area (parent) WHERE parent IS NOT NULL;

CREATE TABLE area_alias (
  alias text PRIMARY KEY,
  code text NOT NULL REFERENCES area (code) ON DELETE CASCADE
);

CREATE TABLE occupation (
  code text PRIMARY KEY,
  name text NOT NULL,
  isco08 text[] NOT NULL,
  parent text REFERENCES occupation (code)
);

CREATE TABLE measure (
  code text PRIMARY KEY,
  name text NOT NULL,
  unit text NOT NULL,
  aggregation text NOT NULL CHECK (aggregation IN ('sum', 'none')),
  by_occupation boolean NOT NULL,
  bilateral boolean NOT NULL,
  description text NOT NULL
);

CREATE TABLE source (
  code text PRIMARY KEY,
  name text NOT NULL,
  publisher text,
  url text,
  licence text
);

CREATE TABLE import_batch (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  file_name text NOT NULL,
  file_sha256 text NOT NULL,
  file_bytes bigint NOT NULL,
  format text NOT NULL,
  sheet text,
  status text NOT NULL CHECK (status IN ('committed', 'rolled_back')),
  created_at timestamptz NOT NULL DEFAULT now(),
  rolled_back_at timestamptz,
  rows_read integer NOT NULL,
  stored integer NOT NULL,
  revised integer NOT NULL,
  unchanged integer NOT NULL,
  skipped integer NOT NULL,
  skipped_rows jsonb NOT NULL DEFAULT '[]'::jsonb
);

-- One row per value ever imported; the current value of a key is the row not superseded.
-- Codes are checked against the reference tables by the import service before COPY, which keeps
-- bulk loads free of per-row foreign-key triggers.
CREATE TABLE observation (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source text NOT NULL,
  measure text NOT NULL,
  area text NOT NULL,
  year smallint NOT NULL,
  occupation text NOT NULL,
  sex text NOT NULL,
  age text NOT NULL,
  partner text NOT NULL,
  partner_basis text NOT NULL,
  value double precision NOT NULL,
  flags text NOT NULL DEFAULT '',
  comment text,
  series text NOT NULL DEFAULT '',
  batch_id integer NOT NULL,
  source_row integer NOT NULL,
  superseded_by integer
);
CREATE UNIQUE INDEX observation_current_key
  ON observation (measure, area, year, occupation, sex, age, partner, partner_basis, source)
  WHERE superseded_by IS NULL;
CREATE INDEX observation_area_year ON observation (area, year) WHERE superseded_by IS NULL;
CREATE INDEX observation_batch ON observation (batch_id);
CREATE INDEX observation_superseded ON observation (superseded_by) WHERE superseded_by IS NOT NULL;

CREATE TABLE safeguards_list_member (
  edition smallint NOT NULL,
  area text NOT NULL REFERENCES area (code),
  published_name text NOT NULL,
  who_region text,
  reference text NOT NULL,
  PRIMARY KEY (edition, area)
);

CREATE TABLE app_meta (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
