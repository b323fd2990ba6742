/**
 * What an action was posted, as a FormData. Browsers always post one; anyone can call an
 * action by its id with something else (`[1,2]`, a string), and reading fields from that would
 * throw and answer 500. An empty form instead fails validation like any incomplete one.
 */
export function submittedForm(posted: unknown): FormData {
  return posted instanceof FormData ? posted : new FormData();
}
