-- WISN studies (WHO Workload Indicators of Staffing Need): the working time, activities, workload, allowances and
-- existing staff of the cadres of one or more facilities of a type, in an area. The inputs are one document, checked
-- by the schema of src/modules/wisn/schemas.ts on every write: a study is entered, read and computed as a whole, and
-- never queried by its parts. The results are computed from them when asked. Every change is also in audit_event.
CREATE TABLE wisn_study (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  area text NOT NULL REFERENCES area (code),
  name text NOT NULL,
  facility_type text NOT NULL,
  inputs jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL,
  -- A deleted study is kept (its inputs are in the audit record of its deletion) and no longer listed or read.
  deleted_at timestamptz,
  deleted_by text
);
CREATE INDEX wisn_study_area ON wisn_study (area);
