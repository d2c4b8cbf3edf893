-- WHO Global Code reporting: questionnaire versions as data, rounds, designated national authorities, national and
-- independent stakeholder reports with their review, attachments and the round's global progress report. Every
-- transition is also in audit_event.

-- One version of a questionnaire (the national reporting instrument, or the stakeholder one): its sections and
-- questions in the six languages, as JSON checked by src/modules/questionnaires/schemas.ts.
CREATE TABLE questionnaire (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL,
  version text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('national', 'stakeholder')),
  definition jsonb NOT NULL,
  derived_from integer REFERENCES questionnaire (id),
  -- What changed from the version it was derived from: questions added, removed, reworded, retyped, moved.
  changes jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  UNIQUE (code, version)
);

CREATE TABLE reporting_round (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  year smallint NOT NULL UNIQUE,
  opens_on date NOT NULL,
  closes_on date NOT NULL,
  questionnaire_id integer NOT NULL REFERENCES questionnaire (id),
  stakeholder_questionnaire_id integer REFERENCES questionnaire (id),
  state text NOT NULL CHECK (state IN ('planned', 'open', 'closed', 'published')),
  created_at timestamptz NOT NULL,
  opened_at timestamptz,
  closed_at timestamptz,
  published_at timestamptz,
  CHECK (closes_on >= opens_on)
);

-- A designated national authority of an area for a round. A new designation in the same round supersedes the
-- previous one, which stays as history.
CREATE TABLE national_authority (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  round_id integer NOT NULL REFERENCES reporting_round (id),
  area text NOT NULL REFERENCES area (code),
  organisation text NOT NULL,
  contact_name text NOT NULL,
  contact_email text NOT NULL,
  contact_phone text,
  designated_at timestamptz NOT NULL,
  designated_by text NOT NULL,
  superseded_at timestamptz
);
CREATE UNIQUE INDEX national_authority_current ON national_authority (round_id, area) WHERE superseded_at IS NULL;
CREATE INDEX national_authority_area ON national_authority (area);

-- The accounts that act for an authority (each also holds the national_authority role for the area).
CREATE TABLE national_authority_account (
  authority_id integer NOT NULL REFERENCES national_authority (id),
  user_id integer NOT NULL REFERENCES app_user (id),
  PRIMARY KEY (authority_id, user_id)
);

-- A national report (one per area and round) or an independent stakeholder report (an organisation's, written by
-- its author's account, optionally about one area).
CREATE TABLE report (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  round_id integer NOT NULL REFERENCES reporting_round (id),
  kind text NOT NULL CHECK (kind IN ('national', 'stakeholder')),
  area text REFERENCES area (code),
  organisation text,
  organisation_type text,
  author_user_id integer REFERENCES app_user (id),
  questionnaire_id integer NOT NULL REFERENCES questionnaire (id),
  state text NOT NULL CHECK (state IN ('draft', 'submitted', 'returned', 'resubmitted', 'accepted', 'published')),
  -- Incremented by every save and transition: a save naming an older version is refused (409).
  version integer NOT NULL DEFAULT 1,
  answers jsonb NOT NULL DEFAULT '{}',
  search tsvector GENERATED ALWAYS AS (
    jsonb_to_tsvector('simple'::regconfig, answers, '["string"]'::jsonb) ||
    to_tsvector('simple'::regconfig, coalesce(organisation, ''))
  ) STORED,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL,
  submitted_at timestamptz,
  accepted_at timestamptz,
  published_at timestamptz,
  -- The import batch of the reported figures, once imported into the data core.
  imported_batch integer REFERENCES import_batch (id) ON DELETE SET NULL,
  CHECK (kind = 'stakeholder' OR (area IS NOT NULL AND organisation IS NULL)),
  CHECK (kind = 'national' OR (organisation IS NOT NULL AND author_user_id IS NOT NULL))
);
CREATE UNIQUE INDEX report_national ON report (round_id, area) WHERE kind = 'national';
CREATE INDEX report_search ON report USING gin (search);
CREATE INDEX report_area ON report (area);

-- The secretariat's comments, per question (or on the whole report when question is null), per review cycle.
CREATE TABLE report_comment (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id integer NOT NULL REFERENCES report (id),
  question text,
  body text NOT NULL,
  review_cycle smallint NOT NULL,
  author text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX report_comment_report ON report_comment (report_id);

CREATE TABLE report_attachment (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id integer NOT NULL REFERENCES report (id),
  question text NOT NULL,
  file_name text NOT NULL,
  content_type text NOT NULL,
  size integer NOT NULL,
  sha256 text NOT NULL,
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL,
  created_by text NOT NULL
);
CREATE INDEX report_attachment_report ON report_attachment (report_id);

-- The round's global progress report: generated from the round's reports, then edited by the secretariat.
CREATE TABLE progress_report (
  round_id integer PRIMARY KEY REFERENCES reporting_round (id),
  state text NOT NULL CHECK (state IN ('draft', 'published')),
  version integer NOT NULL DEFAULT 1,
  content jsonb NOT NULL,
  search tsvector GENERATED ALWAYS AS (jsonb_to_tsvector('simple'::regconfig, content, '["string"]'::jsonb)) STORED,
  generated_at timestamptz NOT NULL,
  generated_by text NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL,
  published_at timestamptz
);
CREATE INDEX progress_report_search ON progress_report USING gin (search);
