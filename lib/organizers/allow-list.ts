/** Whether an address is on the organizer allow-list (ORGANIZER_EMAILS, already lower-cased). */
export function isAllowedOrganizer(allowList: readonly string[], email: string): boolean {
  return allowList.includes(email.trim().toLowerCase());
}
