-- The agreements registry: government-to-government and institution-level agreements on the recruitment, training
-- and circulation of health personnel, with their parties, cadres, provisions, suspensions and status history.
-- Every change is also in audit_event.

CREATE TABLE agreement (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- The reference of the agreement in the file it was imported from: a second import of the file finds it again.
  external_ref text UNIQUE,
  title text NOT NULL,
  type text NOT NULL CHECK (type IN ('bilateral_mou', 'bilateral_agreement', 'multilateral', 'regional_framework', 'twinning')),
  level text NOT NULL CHECK (level IN ('government', 'institution')),
  signed_on date,
  in_force_on date,
  expires_on date,
  terminated_on date,
  -- The status its source gives when the dates of signature and entry into force are not recorded (otherwise the
  -- status follows from the dates and the status history).
  status_given text CHECK (status_given IN ('signed', 'in_force', 'suspended', 'expired', 'terminated')),
  text_url text,
  source_url text,
  notes text,
  recruitment_allowed boolean NOT NULL DEFAULT false,
  recruitment_from date,
  recruitment_until date,
  recruitment_channel text,
  published boolean NOT NULL DEFAULT false,
  published_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL,
  CHECK (expires_on IS NULL OR in_force_on IS NULL OR expires_on >= in_force_on),
  CHECK (recruitment_until IS NULL OR recruitment_from IS NULL OR recruitment_until > recruitment_from),
  CHECK (published = (published_at IS NOT NULL)),
  CHECK (status_given IS NULL OR (signed_on IS NULL AND in_force_on IS NULL))
);

-- Two or more areas (or organisations within them), each on a side.
CREATE TABLE agreement_party (
  agreement_id integer NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
  position smallint NOT NULL,
  area text NOT NULL REFERENCES area (code),
  organisation text,
  side text NOT NULL CHECK (side IN ('origin', 'destination', 'both')),
  PRIMARY KEY (agreement_id, position)
);
CREATE INDEX agreement_party_area ON agreement_party (area);

-- The occupations covered (codes of src/modules/reference/domain/occupations.ts); none: all health personnel.
CREATE TABLE agreement_cadre (
  agreement_id integer NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
  occupation text NOT NULL,
  PRIMARY KEY (agreement_id, occupation)
);

-- What the agreement provides, one text per kind of provision.
CREATE TABLE agreement_provision (
  agreement_id integer NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('recruitment', 'training', 'return', 'compensation', 'rights', 'committee')),
  text text NOT NULL,
  PRIMARY KEY (agreement_id, kind)
);

-- The employers (or recruiters) allowed to recruit under the agreement; none: any employer of the destination.
CREATE TABLE agreement_employer (
  agreement_id integer NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
  position smallint NOT NULL,
  name text NOT NULL,
  PRIMARY KEY (agreement_id, position)
);

-- Caps on placements: at most max of the occupation (null: all cadres covered) per period.
CREATE TABLE agreement_cap (
  agreement_id integer NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
  position smallint NOT NULL,
  occupation text,
  max integer NOT NULL CHECK (max >= 0),
  per text NOT NULL CHECK (per IN ('year', 'total', 'month')),
  PRIMARY KEY (agreement_id, position)
);

-- The status history: dated events, each explained and attributed. origin 'record' is a date given with the agreement
-- itself (its signature or entry into force), 'event' one recorded as an event.
CREATE TABLE agreement_event (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agreement_id integer NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('signed', 'in_force', 'suspended', 'resumed', 'expired', 'terminated')),
  on_date date NOT NULL,
  note text,
  origin text NOT NULL CHECK (origin IN ('record', 'event')),
  recorded_at timestamptz NOT NULL,
  recorded_by text NOT NULL
);
CREATE INDEX agreement_event_agreement ON agreement_event (agreement_id, on_date);

-- The periods when recruitment under the agreement is suspended (from inclusive, until exclusive or open), as the
-- suspended and resumed events give them.
CREATE TABLE agreement_suspension (
  agreement_id integer NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
  from_date date NOT NULL,
  until_date date,
  reason text,
  PRIMARY KEY (agreement_id, from_date),
  CHECK (until_date IS NULL OR until_date > from_date)
);
