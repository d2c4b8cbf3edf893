-- Workforce planning scenarios: a named specification of a projection (area, base year, horizon, the values the user
-- sets in place of the data core's, levers, need and uncertainty), checked by src/modules/planning/schemas.ts on
-- every write. A scenario belongs to the account that saved it; anyone with its link reads it once it is shared.
-- Every change is also in audit_event.
CREATE TABLE planning_scenario (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  area text NOT NULL REFERENCES area (code),
  name text NOT NULL,
  -- "user:ID" or "operator:NAME", and how the scenario names its owner.
  owner text NOT NULL,
  owner_label text NOT NULL,
  shared boolean NOT NULL DEFAULT false,
  parent_id integer REFERENCES planning_scenario (id),
  spec jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  deleted_at timestamptz
);
CREATE INDEX planning_scenario_owner ON planning_scenario (owner);
CREATE INDEX planning_scenario_area ON planning_scenario (area);

-- Projections of many areas run in the background by the server that took the request: its state and progress
-- (cells done of total), and when done a row per area and cadre with the provenance that reproduces it (the request
-- with its seed, hwmo's version and the data version read).
CREATE TABLE planning_run (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request jsonb NOT NULL,
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
  done integer NOT NULL DEFAULT 0,
  total integer NOT NULL DEFAULT 0,
  owner text NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  started_at timestamptz,
  finished_at timestamptz,
  error text,
  provenance jsonb,
  rows jsonb,
  -- Set with each progress step: a queued or running run without one for minutes was left by a stopped server.
  heartbeat_at timestamptz
);
