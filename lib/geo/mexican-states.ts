// Mexico's 32 federal entities, keyed by their ISO 3166-2:MX code without the "MX-" prefix.
// The same codes are allowed by the signature table's CHECK constraint, and lower-cased
// they are the ids of the state paths in @svg-maps/mexico.
export const MEXICAN_STATES = [
  { code: "AGU", es: "Aguascalientes", en: "Aguascalientes" },
  { code: "BCN", es: "Baja California", en: "Baja California" },
  { code: "BCS", es: "Baja California Sur", en: "Baja California Sur" },
  { code: "CAM", es: "Campeche", en: "Campeche" },
  { code: "CHP", es: "Chiapas", en: "Chiapas" },
  { code: "CHH", es: "Chihuahua", en: "Chihuahua" },
  { code: "COA", es: "Coahuila de Zaragoza", en: "Coahuila" },
  { code: "COL", es: "Colima", en: "Colima" },
  { code: "CMX", es: "Ciudad de México", en: "Mexico City" },
  { code: "DUR", es: "Durango", en: "Durango" },
  { code: "GUA", es: "Guanajuato", en: "Guanajuato" },
  { code: "GRO", es: "Guerrero", en: "Guerrero" },
  { code: "HID", es: "Hidalgo", en: "Hidalgo" },
  { code: "JAL", es: "Jalisco", en: "Jalisco" },
  { code: "MEX", es: "Estado de México", en: "State of Mexico" },
  { code: "MIC", es: "Michoacán de Ocampo", en: "Michoacán" },
  { code: "MOR", es: "Morelos", en: "Morelos" },
  { code: "NAY", es: "Nayarit", en: "Nayarit" },
  { code: "NLE", es: "Nuevo León", en: "Nuevo León" },
  { code: "OAX", es: "Oaxaca", en: "Oaxaca" },
  { code: "PUE", es: "Puebla", en: "Puebla" },
  { code: "QUE", es: "Querétaro", en: "Querétaro" },
  { code: "ROO", es: "Quintana Roo", en: "Quintana Roo" },
  { code: "SLP", es: "San Luis Potosí", en: "San Luis Potosí" },
  { code: "SIN", es: "Sinaloa", en: "Sinaloa" },
  { code: "SON", es: "Sonora", en: "Sonora" },
  { code: "TAB", es: "Tabasco", en: "Tabasco" },
  { code: "TAM", es: "Tamaulipas", en: "Tamaulipas" },
  { code: "TLA", es: "Tlaxcala", en: "Tlaxcala" },
  { code: "VER", es: "Veracruz de Ignacio de la Llave", en: "Veracruz" },
  { code: "YUC", es: "Yucatán", en: "Yucatán" },
  { code: "ZAC", es: "Zacatecas", en: "Zacatecas" },
] as const satisfies readonly { code: string; es: string; en: string }[];

export type MexicanState = (typeof MEXICAN_STATES)[number];
export type MexicanStateCode = MexicanState["code"];

const CODES: ReadonlySet<string> = new Set(MEXICAN_STATES.map((state) => state.code));

export function isMexicanStateCode(code: unknown): code is MexicanStateCode {
  return typeof code === "string" && CODES.has(code);
}

/** The state's name in the visitor's language; undefined for an unknown code. */
export function mexicanStateName(code: string, locale: "es" | "en"): string | undefined {
  return MEXICAN_STATES.find((state) => state.code === code)?.[locale];
}
