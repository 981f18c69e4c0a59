/**
 * Migration 2 (the story store): the named snapshots the revisions list shows. story_revisions keeps every accepted
 * version, one row per revision number, never updated; a snapshot («সংস্করণ রাখুন», a state change, a restore …) names
 * one of those versions with a reason, an author and a time. A later snapshot of the same revision replaces the name, as
 * the library on disk does (one file per revision number). The text is the story_revisions row's.
 */
export default /* sql */ `
CREATE TABLE story_snapshots (
  story_id    text NOT NULL,
  revision    integer NOT NULL,
  reason      text NOT NULL,
  author_id   text,
  author_name text NOT NULL DEFAULT '',
  saved_at    timestamptz NOT NULL,
  PRIMARY KEY (story_id, revision),
  FOREIGN KEY (story_id, revision) REFERENCES story_revisions (story_id, revision)
);
CREATE INDEX story_snapshots_saved ON story_snapshots (story_id, saved_at);
`
