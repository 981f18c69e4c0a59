/**
 * Migration 3 (the desk): an index for the change cursor, so that a laptop's pull (sync/pull.ts: stories whose last
 * change is after its cursor, oldest first) reads a page by the index instead of sorting every story.
 */
export default /* sql */ `
CREATE INDEX stories_last_change ON stories (last_change);
`
