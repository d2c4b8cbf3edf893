-- A file uploaded through the import page, kept so that its mapping, preview, dry run and commit do not send it
-- again; only its owner (or an administrator) uses it, and it is deleted 24 hours after upload at the latest.
CREATE TABLE import_upload (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owner_kind text NOT NULL CHECK (owner_kind IN ('user', 'operator')),
  owner_user_id integer,
  owner_label text NOT NULL,
  file_name text NOT NULL,
  bytes bytea NOT NULL,
  sha256 text NOT NULL,
  size integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  CHECK ((owner_kind = 'user') = (owner_user_id IS NOT NULL))
);
CREATE INDEX import_upload_expires_at ON import_upload (expires_at);
