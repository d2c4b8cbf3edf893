-- Local accounts. E-mail addresses are unique whatever their case.
CREATE TABLE app_user (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  name text NOT NULL,
  password_hash text,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_email ON app_user (email);

CREATE TABLE user_grant (
  user_id integer NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  role text NOT NULL
    CHECK (role IN ('admin', 'secretariat', 'national_authority', 'data_manager', 'data_approver', 'stakeholder')),
  area text REFERENCES area (code),
  CHECK ((role IN ('national_authority', 'data_manager', 'data_approver')) = (area IS NOT NULL))
);
CREATE UNIQUE INDEX user_grant_unique ON user_grant (user_id, role, coalesce(area, ''));

-- Single-use links (first administrator, invitation, password reset): only the SHA-256 of the token is kept.
CREATE TABLE one_time_token (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('setup', 'invitation', 'password_reset')),
  token_hash text NOT NULL UNIQUE,
  email text,
  role text,
  area text REFERENCES area (code),
  user_id integer REFERENCES app_user (id) ON DELETE CASCADE,
  created_by integer REFERENCES app_user (id) ON DELETE SET NULL,
  created_by_label text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX one_time_token_kind ON one_time_token (kind, created_at);

-- Sessions of the web app: only the SHA-256 of the cookie's id is kept, so any process can serve any request.
CREATE TABLE user_session (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id_hash text NOT NULL UNIQUE,
  user_id integer NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  idle_seconds integer NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  user_agent text,
  address text
);
CREATE INDEX user_session_user ON user_session (user_id) WHERE revoked_at IS NULL;

-- Personal API tokens (hwmo_…): only the SHA-256 is kept, with a prefix to recognise the token by.
CREATE TABLE api_token (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id integer NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  prefix text NOT NULL,
  scopes text[] NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_token_user ON api_token (user_id);

-- Sign-in attempts, for throttling per account and per client address.
CREATE TABLE login_attempt (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  email text NOT NULL,
  address text NOT NULL,
  success boolean NOT NULL
);
CREATE INDEX login_attempt_email ON login_attempt (email, at);
CREATE INDEX login_attempt_address ON login_attempt (address, at);

-- Messages hwmo sends: kept here when no SMTP server is configured, for the administrator to read and pass on.
CREATE TABLE email_outbox (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  created_at timestamptz NOT NULL,
  kind text NOT NULL CHECK (kind IN ('invitation', 'password_reset', 'notice')),
  to_address text NOT NULL,
  subject text NOT NULL,
  body_text text NOT NULL
);
