// A signature the server answered with its 303 must be in the database: the person was
// told it counted. Comparing what was acknowledged with what was stored finds losses.

export interface StoredCheck {
  /** Requests answered with the expected redirect. */
  acknowledged: number;
  /** How many of those acknowledged emails have a row. */
  storedOfAcknowledged: number;
  /** Rows for every email the run sent, answered or not. */
  storedTotal: number;
}

export interface StoredVerdict {
  /** Acknowledged but missing: each one a signature lost. */
  lost: number;
  /** Stored without an answer the load generator saw (cut off at the end, timed out, or errored after the write). */
  storedUnanswered: number;
  storedEqualsAcknowledged: boolean;
}

export function compareStoredWithAcknowledged(check: StoredCheck): StoredVerdict {
  const lost = check.acknowledged - check.storedOfAcknowledged;
  return {
    lost,
    storedUnanswered: check.storedTotal - check.storedOfAcknowledged,
    storedEqualsAcknowledged: lost === 0,
  };
}
