-- The recruiters' register of a destination country: agencies and employers that apply, pass the knowledge test,
-- are listed, re-confirm their compliance, and answer complaints. Every step is also in audit_event.
CREATE TABLE recruiter_register (
  destination text PRIMARY KEY REFERENCES area (code),
  questions_per_test smallint NOT NULL DEFAULT 15 CHECK (questions_per_test BETWEEN 1 AND 200),
  pass_mark smallint NOT NULL DEFAULT 13 CHECK (pass_mark >= 1 AND pass_mark <= questions_per_test),
  attempts smallint NOT NULL DEFAULT 3 CHECK (attempts BETWEEN 1 AND 20),
  wait_months smallint NOT NULL DEFAULT 3 CHECK (wait_months BETWEEN 0 AND 60),
  reconfirm_months smallint NOT NULL DEFAULT 12 CHECK (reconfirm_months BETWEEN 1 AND 60),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE recruiter_organisation (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  destination text NOT NULL REFERENCES recruiter_register (destination),
  kind text NOT NULL CHECK (kind IN ('agency', 'employer')),
  name text NOT NULL,
  legal_entity text NOT NULL,
  registration_number text,
  website text,
  countries text[] NOT NULL,
  associated_businesses jsonb NOT NULL,
  referees jsonb NOT NULL,
  commits_to_code boolean NOT NULL CHECK (commits_to_code),
  charges_no_fees boolean NOT NULL CHECK (charges_no_fees),
  status text NOT NULL CHECK (status IN ('applied', 'test_passed', 'listed', 'warned', 'suspended', 'removed', 'rejected')),
  status_at timestamptz NOT NULL,
  applied_at timestamptz NOT NULL,
  listed_at timestamptz,
  reconfirmed_at timestamptz
);
CREATE INDEX recruiter_organisation_register ON recruiter_organisation (destination, status);

-- The people acting for an organisation: the applicant, and whoever they add.
CREATE TABLE recruiter_member (
  user_id integer NOT NULL REFERENCES app_user (id),
  organisation_id integer NOT NULL REFERENCES recruiter_organisation (id),
  PRIMARY KEY (user_id, organisation_id)
);
CREATE INDEX recruiter_member_organisation ON recruiter_member (organisation_id);

-- The public, dated history of an organisation's status.
CREATE TABLE recruiter_event (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id integer NOT NULL REFERENCES recruiter_organisation (id),
  at timestamptz NOT NULL,
  step text NOT NULL,
  status_before text,
  status_after text NOT NULL,
  note text
);
CREATE INDEX recruiter_event_organisation ON recruiter_event (organisation_id, at);

-- A knowledge test attempt: the questions drawn (bank ids, in order) at its start; answers and score at submission.
CREATE TABLE recruiter_attempt (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id integer NOT NULL REFERENCES recruiter_organisation (id),
  started_at timestamptz NOT NULL,
  started_by integer REFERENCES app_user (id),
  questions text[] NOT NULL,
  pass_mark smallint NOT NULL,
  submitted_at timestamptz,
  answers jsonb,
  score smallint,
  passed boolean
);
CREATE UNIQUE INDEX recruiter_attempt_open ON recruiter_attempt (organisation_id) WHERE submitted_at IS NULL;

CREATE TABLE recruiter_complaint (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  organisation_id integer NOT NULL REFERENCES recruiter_organisation (id),
  filed_at timestamptz NOT NULL,
  complainant_kind text NOT NULL,
  complainant_name text,
  complainant_contact text,
  occurred_on date,
  facts text NOT NULL,
  status text NOT NULL CHECK (status IN ('received', 'investigating', 'closed_no_action', 'warning', 'suspension', 'removal')),
  status_at timestamptz NOT NULL,
  decision_note text
);
CREATE INDEX recruiter_complaint_organisation ON recruiter_complaint (organisation_id);

-- The dated steps of a complaint, which its reference lets anyone follow (status and dates only).
CREATE TABLE recruiter_complaint_step (
  complaint_id integer NOT NULL REFERENCES recruiter_complaint (id),
  at timestamptz NOT NULL,
  status text NOT NULL
);
CREATE INDEX recruiter_complaint_step_complaint ON recruiter_complaint_step (complaint_id, at);

-- A written appeal against a complaint's sanction; one per complaint.
CREATE TABLE recruiter_appeal (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  complaint_id integer NOT NULL UNIQUE REFERENCES recruiter_complaint (id),
  organisation_id integer NOT NULL REFERENCES recruiter_organisation (id),
  filed_at timestamptz NOT NULL,
  filed_by integer REFERENCES app_user (id),
  statement text NOT NULL,
  status text NOT NULL CHECK (status IN ('filed', 'upheld', 'dismissed')),
  decided_at timestamptz,
  decision_note text
);

-- Self-registrations per client address, throttled as sign-ins are.
CREATE TABLE registration_attempt (
  at timestamptz NOT NULL,
  address text NOT NULL
);
CREATE INDEX registration_attempt_address ON registration_attempt (address, at);
