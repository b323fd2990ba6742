// Where a signer lives, as a person reads it: the state for residents of Mexico, the
// country (named in the reader's language by Intl.DisplayNames) for everyone else.
import type { Locale } from "@/i18n/routing";
import { mexicanStateName } from "@/lib/geo/mexican-states";

export interface SignerPlace {
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  /** ISO 3166-2:MX code without the prefix, for residents of Mexico. */
  stateCode: string | null;
}

/** A namer per language, built once: Intl.DisplayNames is costly to create for every row. */
export function placeNamer(locale: Locale): (place: SignerPlace) => string {
  const countries = new Intl.DisplayNames([locale], { type: "region" });
  return ({ countryCode, stateCode }) =>
    (stateCode && mexicanStateName(stateCode, locale)) || countries.of(countryCode) || countryCode;
}
