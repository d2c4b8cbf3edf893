-- Declarations of recruitment: the health workers a listed organisation placed in its register's destination, by
-- month, country of origin (where they trained) and occupation, and whether under an agreement. A flagged one waits
-- for a reviewer. The yearly sums are the inflow the data core holds under the source DECLARATIONS.
CREATE TABLE recruitment_declaration (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id integer NOT NULL REFERENCES recruiter_organisation (id),
  destination text NOT NULL REFERENCES area (code),
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  origin text NOT NULL REFERENCES area (code),
  occupation text NOT NULL REFERENCES occupation (code),
  placed integer NOT NULL CHECK (placed >= 0),
  agreement_id integer REFERENCES agreement (id),
  origin_status text NOT NULL CHECK (origin_status IN ('red', 'amber', 'green')),
  flag text CHECK (flag IN ('red_origin', 'amber_without_agreement', 'agreement_not_governing')),
  review text NOT NULL CHECK (review IN ('not_needed', 'pending', 'accepted', 'queried')),
  review_note text,
  reviewed_at timestamptz,
  reviewed_by text,
  declared_at timestamptz NOT NULL,
  declared_by text NOT NULL,
  batch_id integer REFERENCES import_batch (id),
  CHECK ((flag IS NULL) = (review = 'not_needed'))
);
-- One line per organisation, month, origin, occupation and agreement: declaring it again replaces the count.
CREATE UNIQUE INDEX recruitment_declaration_key
  ON recruitment_declaration (organisation_id, month, origin, occupation, coalesce(agreement_id, 0));
CREATE INDEX recruitment_declaration_destination ON recruitment_declaration (destination, review);
