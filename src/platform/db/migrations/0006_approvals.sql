-- One row per approval unit that has ever left the state "not submitted": an area, a year and a dataset (a source
-- code, or '' for all the datasets of that area and year). The history of its transitions is in audit_event.
CREATE TABLE approval_unit (
  area text NOT NULL REFERENCES area (code),
  year smallint NOT NULL,
  source text NOT NULL DEFAULT '',
  state text NOT NULL CHECK (state IN ('not_submitted', 'submitted', 'returned', 'approved', 'unapproved')),
  changed_at timestamptz NOT NULL,
  changed_by_name text NOT NULL,
  changed_by_role text NOT NULL,
  comment text,
  submitted_at timestamptz,
  submitted_by_name text,
  submitted_by_role text,
  approved_at timestamptz,
  approved_by_name text,
  approved_by_role text,
  PRIMARY KEY (area, year, source)
);
CREATE INDEX approval_unit_approved ON approval_unit (area, year) WHERE state = 'approved';
