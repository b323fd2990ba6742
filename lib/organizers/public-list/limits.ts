// Bounds of the organizer signers page's fields, shared by the schemas and the form's
// HTML constraints (this module is safe to import from the browser).

/** Names are at most 100 characters long; a longer search cannot match any. */
export const SEARCH_MAX_LENGTH = 100;
/** Matches shown at once: enough to find a name, few enough to read. */
export const SEARCH_LIMIT = 25;

/** A reason someone else can understand later, in a sentence or two. */
export const REASON_MIN_LENGTH = 3;
export const REASON_MAX_LENGTH = 200;
