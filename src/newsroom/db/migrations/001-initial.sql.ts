/**
 * Migration 1: the newsroom's tables. Plain SQL, applied once, in order, inside one transaction (db/migrate.ts).
 * Never edit a migration that has shipped: add the next one.
 */
export default /* sql */ `
CREATE TABLE users (
  id            text PRIMARY KEY,
  -- The login name, as given to "barta user add" (unique, case as typed).
  name          text NOT NULL UNIQUE,
  role          text NOT NULL CHECK (role IN ('reporter', 'desk', 'chief')),
  desk          text NOT NULL DEFAULT '',
  -- scrypt$N$r$p$<salt base64>$<hash base64>
  password_hash text NOT NULL,
  disabled      boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  -- SHA-256 of the random token; the token itself is never stored.
  token_hash  bytea PRIMARY KEY,
  user_id     text NOT NULL REFERENCES users (id),
  client      text NOT NULL CHECK (client IN ('browser', 'app')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  last_seen   timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Failed logins, per user name and per address, for rate limiting (old rows are removed as new ones come).
CREATE TABLE login_failures (
  key  text NOT NULL,
  at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_key_at ON login_failures (key, at);

-- One row per story: its current version (the whole Article value) and what the desk queue asks about it.
CREATE TABLE stories (
  id              text PRIMARY KEY,
  revision        integer NOT NULL,
  status          text NOT NULL,
  owner_id        text,
  article         jsonb NOT NULL,
  summary         jsonb NOT NULL,
  trashed_at      timestamptz,
  modified_at     timestamptz NOT NULL,
  assignee_id     text REFERENCES users (id),
  lock_holder_id  text REFERENCES users (id),
  locked_at       timestamptz,
  -- The change feed's seq of the last change to this story.
  last_change     bigint NOT NULL DEFAULT 0
);
CREATE INDEX stories_status ON stories (status) WHERE trashed_at IS NULL;

-- Every version the server accepted, never updated: the text's record.
CREATE TABLE story_revisions (
  story_id    text NOT NULL REFERENCES stories (id),
  revision    integer NOT NULL,
  -- 'save' for an ordinary save; a named reason (manual, state, restore, import …) is a snapshot the UI lists.
  reason      text NOT NULL,
  author_id   text,
  author_name text NOT NULL DEFAULT '',
  article     jsonb NOT NULL,
  saved_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (story_id, revision)
);

-- The workflow record, insert only, written by the server from the session's user.
CREATE TABLE workflow_events (
  id          bigserial PRIMARY KEY,
  story_id    text NOT NULL REFERENCES stories (id),
  action      text NOT NULL,
  from_status text NOT NULL,
  to_status   text NOT NULL,
  by_id       text NOT NULL,
  by_name     text NOT NULL,
  by_role     text NOT NULL,
  note        text,
  at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX workflow_events_story ON workflow_events (story_id, id);

-- Every version readers were shown.
CREATE TABLE published_versions (
  story_id      text NOT NULL REFERENCES stories (id),
  version       integer NOT NULL,
  revision      integer NOT NULL,
  info          jsonb NOT NULL,
  article       jsonb NOT NULL,
  PRIMARY KEY (story_id, version)
);

-- Photos by content address (the same media ids as a library on disk).
CREATE TABLE media (
  media_id    text PRIMARY KEY,
  type        text NOT NULL,
  width       integer NOT NULL,
  height      integer NOT NULL,
  bytes       bytea NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- The change feed: every change to a story gets the next seq; laptops pull after a seq, live events carry it.
CREATE TABLE changes (
  seq       bigserial PRIMARY KEY,
  story_id  text NOT NULL,
  kind      text NOT NULL,
  by_id     text,
  note      text,
  at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX changes_story ON changes (story_id);

-- Client operation ids already applied, with the answer given: a retried push is answered again, not applied twice.
CREATE TABLE applied_ops (
  op_id       text PRIMARY KEY,
  user_id     text NOT NULL REFERENCES users (id),
  story_id    text NOT NULL,
  result      jsonb NOT NULL,
  applied_at  timestamptz NOT NULL DEFAULT now()
);

-- Refused attempts (a forged move, a save to a locked story, a claim to be someone else): the honest record.
CREATE TABLE refusals (
  id        bigserial PRIMARY KEY,
  user_id   text,
  address   text,
  method    text NOT NULL,
  story_id  text,
  code      text NOT NULL,
  detail    text,
  at        timestamptz NOT NULL DEFAULT now()
);

-- The newsroom's settings (site address, follow line …): one JSON document.
CREATE TABLE settings (
  id     integer PRIMARY KEY CHECK (id = 1),
  value  jsonb NOT NULL
);

-- Words a desk added to the Bengali word list.
CREATE TABLE dictionary_words (
  desk  text NOT NULL,
  word  text NOT NULL,
  PRIMARY KEY (desk, word)
);
`
