// Every export's address. Each needs an organizer session; tests walk this list to make
// sure an anonymous request gets 401 from every one.
export const COUNTS_EXPORT_PATH = "/api/organizers/exports/counts";
export const PUBLIC_NAMES_EXPORT_PATH = "/api/organizers/exports/public-names";

export const ORGANIZER_EXPORT_PATHS = [COUNTS_EXPORT_PATH, PUBLIC_NAMES_EXPORT_PATH] as const;
