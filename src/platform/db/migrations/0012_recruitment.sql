-- Each saved version of a destination's recruitment status configuration (its national code, the list editions it
-- follows and from when, its dated exceptions); the newest is in force. A destination with none follows the WHO
-- list as published. Versions are never changed: a new one is saved, so every status given can be traced back.
CREATE TABLE recruitment_config (
  id serial PRIMARY KEY,
  destination text NOT NULL REFERENCES area (code),
  config jsonb NOT NULL,
  note text,
  saved_at timestamptz NOT NULL,
  saved_by text NOT NULL
);
CREATE INDEX recruitment_config_destination ON recruitment_config (destination, id DESC);
