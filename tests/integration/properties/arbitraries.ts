// Generators shared by the property tests: hostile text of every kind, form posts built
// the way the browser and Next build them, and tokens that look real but are not.
import fc from "fast-check";
import { COUNTRY_CODES } from "@/lib/geo/countries";
import { MEXICAN_STATES } from "@/lib/geo/mexican-states";
import en from "@/messages/en.json";
import es from "@/messages/es.json";

/** Error keys a visitor can be shown in both languages ("always a localized error"). */
export const LOCALIZED_FORM_ERRORS: ReadonlySet<string> = new Set(
  Object.keys(es.PetitionForm.errors).filter((key) => key in en.PetitionForm.errors),
);

export const STATE_CODES = MEXICAN_STATES.map((state) => state.code);

/** Strings that attack a query, a page or a parser rather than a form. */
export const PAYLOADS = [
  "' OR '1'='1",
  "'; DROP TABLE signature; --",
  "\\'; SELECT pg_sleep(10); --",
  "$1",
  "${name}",
  "%s%s%s%n",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "../../../../etc/passwd",
  "\u0000",
  "\u202Eevil\u202C",
  "\uFEFF",
  "\uD800",
  "NaN",
  "undefined",
  "null",
  "__proto__",
  "constructor",
  "{{7*7}}",
] as const;

/** Random text in several Unicode flavours, including lone surrogates and control characters. */
export function unicodeText(maxLength = 40): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: "grapheme", maxLength }),
    fc.string({ unit: "grapheme-composite", maxLength }),
    fc.string({ unit: "binary", maxLength }),
    fc.string({ unit: "grapheme-ascii", maxLength }),
    fc.string({
      unit: fc.constantFrom(" ", "\t", "\n", "\r", "\u00A0", "\u2028", "\u3000", "\u200B"),
      maxLength,
    }),
  );
}

/**
 * A long string made by repeating a random piece, so a 200,000-character field costs one
 * `repeat` to build. Lengths cluster around the limits the schema cares about.
 */
export function overlongText(): fc.Arbitrary<string> {
  const length = fc.oneof(
    { arbitrary: fc.integer({ min: 95, max: 1_100 }), weight: 6 },
    { arbitrary: fc.integer({ min: 1_100, max: 20_000 }), weight: 3 },
    { arbitrary: fc.integer({ min: 20_000, max: 200_000 }), weight: 1 },
  );
  const piece = fc.oneof(
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }),
    fc.constantFrom("a", "Ana ", "é", "e\u0301", " ", "x.com ", "a@b.co", "\u200B"),
  );
  return fc
    .tuple(piece, length)
    .map(([text, size]) => text.repeat(Math.ceil(size / text.length)).slice(0, size));
}

/** Any text a hostile or careless client might put in a field. */
export function hostileText(): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: unicodeText(), weight: 8 },
    { arbitrary: fc.constantFrom(...PAYLOADS), weight: 2 },
    { arbitrary: overlongText(), weight: 1 },
  );
}

/** Gives a generated object a readable form in fast-check's counterexamples. */
export function described<T extends object>(value: T, description: string): T {
  return Object.assign(value, { [fc.toStringMethod]: () => description });
}

/** A file part where text was expected. */
export const fileValue: fc.Arbitrary<File> = fc
  .constantFrom("x", "", "a".repeat(1000))
  .map((content) =>
    described(new File([content], "f", { type: "text/plain" }), `File(${content.length} bytes)`),
  );

/** A value as FormData carries it: text, or a file. */
export function formValue(text: fc.Arbitrary<string> = hostileText()): fc.Arbitrary<string | File> {
  return fc.oneof({ arbitrary: text, weight: 9 }, { arbitrary: fileValue, weight: 1 });
}

/**
 * Object.fromEntries of a FormData built from these entries in order: a repeated name
 * keeps its last value, exactly as the server action sees a duplicated field.
 */
export function postedFields(
  entries: readonly (readonly [string, string | File])[],
): Record<string, unknown> {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return Object.fromEntries(form);
}

export const PETITION_FIELDS = [
  "name",
  "email",
  "residence",
  "country",
  "privacyConsent",
  "showName",
  "wantsUpdates",
  "website",
  "locale",
] as const;
export type PetitionFieldName = (typeof PETITION_FIELDS)[number];

/** A value a real form could send for each field (the honeypot left empty). */
export function plausibleValue(field: PetitionFieldName): fc.Arbitrary<string> {
  switch (field) {
    case "name":
      return validName();
    case "email":
      return fc.emailAddress().filter((email) => email.length <= 254);
    case "residence":
      return fc.constantFrom(...STATE_CODES, "abroad");
    case "country":
      return fc.constantFrom(...COUNTRY_CODES, "mx", " us ", "");
    case "privacyConsent":
    case "showName":
    case "wantsUpdates":
      return fc.constantFrom("on", "true", "off", "", "false", "ON");
    case "website":
      return fc.constantFrom("", " ");
    case "locale":
      return fc.constantFrom("es", "en", "fr", "");
  }
}

/** How one field of a post is spoiled, if at all. */
function fieldEntries(field: PetitionFieldName): fc.Arbitrary<[string, string | File][]> {
  const plausible = plausibleValue(field);
  const entry = (value: fc.Arbitrary<string | File>) => value.map((v): [string, string | File] => [field, v]);
  // A filled honeypot ends the request before validation, so it is filled rarely enough
  // for the rest of the post to be validated in most runs.
  return fc.oneof(
    { arbitrary: entry(plausible).map((e) => [e]), weight: field === "website" ? 40 : 5 },
    { arbitrary: fc.constant<[string, string | File][]>([]), weight: 2 },
    { arbitrary: entry(formValue()).map((e) => [e]), weight: 3 },
    { arbitrary: entry(fileValue).map((e) => [e]), weight: 1 },
    {
      // Duplicated: the browser (or a hand-made post) sends the name twice or more.
      arbitrary: fc.array(entry(fc.oneof(plausible, formValue())), { minLength: 2, maxLength: 4 }),
      weight: 2,
    },
  );
}

/** Fields of a petition post, each one kept, dropped, spoiled or repeated, plus stray fields. */
export function petitionPost(): fc.Arbitrary<[string, string | File][]> {
  const stray = fc.array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(...PETITION_FIELDS, "__proto__", "constructor", "$ACTION_ID_x", ""),
        unicodeText(12),
      ),
      formValue(),
    ),
    { maxLength: 3 },
  );
  return fc
    .tuple(fc.tuple(...PETITION_FIELDS.map(fieldEntries)), stray, fc.boolean())
    .chain(([perField, extra, shuffle]) => {
      const entries = [...perField.flat(), ...extra];
      return shuffle ? fc.shuffledSubarray(entries, { minLength: entries.length }) : fc.constant(entries);
    });
}

/** A name the schema accepts: letters (some decomposed), separated by assorted white space. */
export function validName(): fc.Arbitrary<string> {
  const letter = fc.constantFrom(
    ..."abcdefghijklmnopqrstuvwxyzñáéíóúüÁÉÍÓÚÑ'",
    "e\u0301",
    "n\u0303",
    "ß",
    "李",
    "Ж",
    "𠀀",
    "𝒜",
  );
  const word = fc.string({ unit: letter, minLength: 2, maxLength: 12 });
  const gap = fc.constantFrom(" ", "  ", "\t", "\n", "\u00A0", " \r\n ");
  return fc
    .tuple(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 6 }), gap, gap)
    .map(([words, before, after]) => before + words.map(([w, g]) => w + g).join("") + after)
    .filter((name) => {
      const normalized = name.normalize("NFC").replace(/\s+/gu, " ").trim();
      // Lengths in code points, as the schema (zod) counts them.
      const length = [...normalized].length;
      return length >= 2 && length <= 100 && /\p{L}/u.test(normalized);
    });
}

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** 43 base64url characters: the shape of every real token, so it reaches the database. */
export const wellFormedToken: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(...BASE64URL),
  minLength: 43,
  maxLength: 43,
});

/** Anything that might arrive where a link's token is expected. */
export function arbitraryToken(): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: wellFormedToken, weight: 4 },
    { arbitrary: unicodeText(60), weight: 3 },
    // Almost well formed: one character short or long, padded, or with a line break.
    {
      arbitrary: fc
        .tuple(wellFormedToken, fc.constantFrom("", "=", "\n", " ", "%00", ".", "é"))
        .chain(([token, extra]) =>
          fc.constantFrom(token.slice(1), token + extra, extra + token, token.slice(0, 42) + extra),
        ),
      weight: 2,
    },
    {
      // Payloads padded or cut to 43 characters, so some of them pass the shape check.
      arbitrary: fc.constantFrom(...PAYLOADS).map((p) => p.padEnd(43, "A").slice(0, 43)),
      weight: 1,
    },
    { arbitrary: fc.constantFrom(...PAYLOADS), weight: 1 },
    { arbitrary: overlongText(), weight: 1 },
  );
}
