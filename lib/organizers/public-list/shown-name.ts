// A name on the list as the organizer page shows it: the place already named in the
// page's language on the server, so the browser never names it differently.
import type { Locale } from "@/i18n/routing";
import { placeNamer } from "@/lib/signers/place";
import type { ListedName } from "./search";

export interface ShownName {
  signatureId: string;
  name: string;
  place: string;
  /** Day of confirmation in Mexico City, YYYY-MM-DD. */
  confirmedOn: string;
}

export function shownNames(names: ListedName[], locale: Locale): ShownName[] {
  const placeOf = placeNamer(locale);
  return names.map(({ signatureId, name, confirmedOn, ...place }) => ({
    signatureId,
    name,
    place: placeOf(place),
    confirmedOn,
  }));
}
