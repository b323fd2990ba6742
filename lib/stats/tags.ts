/** Cache tag of everything that shows signature figures; revalidated on every confirmation and withdrawal. */
export const SIGNATURE_COUNTS_TAG = "signature-counts";
