-- Who changed what, when: one row per change, written in the transaction of the change, never altered.
CREATE TABLE audit_event (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_kind text NOT NULL CHECK (actor_kind IN ('public', 'user', 'operator')),
  actor_user_id integer,
  actor_label text NOT NULL,
  action text NOT NULL,
  object_type text NOT NULL,
  object_id text NOT NULL,
  area text,
  before jsonb,
  after jsonb,
  comment text,
  request_id text
);
CREATE INDEX audit_event_object ON audit_event (object_type, object_id, id);
CREATE INDEX audit_event_user ON audit_event (actor_user_id, id) WHERE actor_user_id IS NOT NULL;
CREATE INDEX audit_event_area ON audit_event (area, id) WHERE area IS NOT NULL;
CREATE INDEX audit_event_at ON audit_event (at);

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

-- Bumped by every mutation; keys every cache of derived answers.
CREATE TABLE data_version (
  id integer PRIMARY KEY CHECK (id = 1),
  version bigint NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 1);

-- Changes made outside mutation() (imports, seeding) move the counter too, once per statement.
CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_version SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END;
$$;
CREATE TRIGGER observation_bumps_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON observation
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER import_batch_bumps_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON import_batch
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER area_bumps_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON area
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER area_alias_bumps_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON area_alias
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER source_bumps_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON source
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER safeguards_bumps_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON safeguards_list_member
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER estimation_run_bumps_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON estimation_run
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
