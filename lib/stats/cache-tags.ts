/**
 * The cache tag of everything that shows signatures: counts, figures and the public list of
 * names. Revalidated when a signature is confirmed; expired at once when a name or a
 * signature leaves (withdrawal, invalidation, a hidden name, erasure).
 */
export const SIGNATURE_COUNTS_TAG = "signature-counts";
