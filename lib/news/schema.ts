// The editor's one schema for a campaign update: a title and a body in each language.
// Bodies are plain text, read only by parseNewsBody (./body.ts); nothing here or anywhere
// else treats them as HTML. Error messages are keys of "OrganizerNews.errors".
import { z } from "zod";
import { fieldErrorsOf, oneOf, type FieldErrors } from "@/lib/validation/field-errors";
import { NEWS_BODY_MAX_LENGTH } from "./body";

/** Longest title, in characters (the column is VARCHAR(160)). */
export const NEWS_TITLE_MAX_LENGTH = 160;

export const NEWS_TEXT_FIELDS = ["titleEs", "bodyEs", "titleEn", "bodyEn"] as const;
export type NewsTextField = (typeof NEWS_TEXT_FIELDS)[number];

/** The text of an update, validated and normalized: what is stored. */
export type NewsText = Record<NewsTextField, string>;

const NEWS_ERRORS = [
  "titleRequired",
  "titleTooLong",
  "bodyRequired",
  "bodyTooLong",
  "invalidCharacters",
] as const;
export type NewsError = (typeof NEWS_ERRORS)[number];
export type NewsFieldErrors = FieldErrors<NewsTextField, NewsError>;

// Control characters (a title's tabs and line breaks become spaces first; a body keeps its
// line breaks and tabs), line and paragraph separators, bidirectional overrides and
// isolates (they reorder what a reader sees) and lone surrogates (not text at all).
const FORBIDDEN_IN_TITLE = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069\p{Cs}]/u;
const FORBIDDEN_IN_BODY = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\u202A-\u202E\u2066-\u2069\p{Cs}]/u;

// How much longer than its maximum a raw field may be before nothing else reads it: room
// for white space that trimming removes, while a hostile megabyte costs nothing.
const RAW_LENGTH_FACTOR = 2;

/** A form value as a string (anything else is empty), refused while still raw when far too long. */
function rawText(maxLength: number, tooLong: NewsError) {
  return z.preprocess(
    (value) => (typeof value === "string" ? value : ""),
    z.string().max(maxLength * RAW_LENGTH_FACTOR, tooLong),
  );
}

// One pipe per step: zod 4 runs every check of a schema even after one failed, and a
// pattern has no business reading a text that is already too long.
const titleSchema = rawText(NEWS_TITLE_MAX_LENGTH, "titleTooLong")
  .transform((value) =>
    value
      .normalize("NFC")
      .replace(/[ \t\n\r\f\v]+/g, " ")
      .trim(),
  )
  .pipe(z.string().min(1, "titleRequired").max(NEWS_TITLE_MAX_LENGTH, "titleTooLong"))
  .pipe(z.string().refine((value) => !FORBIDDEN_IN_TITLE.test(value), "invalidCharacters"));

const bodySchema = rawText(NEWS_BODY_MAX_LENGTH, "bodyTooLong")
  .transform((value) => value.normalize("NFC").replace(/\r\n?/g, "\n").trim())
  .pipe(z.string().min(1, "bodyRequired").max(NEWS_BODY_MAX_LENGTH, "bodyTooLong"))
  .pipe(z.string().refine((value) => !FORBIDDEN_IN_BODY.test(value), "invalidCharacters"));

export const newsTextSchema = z.object({
  titleEs: titleSchema,
  bodyEs: bodySchema,
  titleEn: titleSchema,
  bodyEn: bodySchema,
});

export type ParsedNewsText =
  { success: true; text: NewsText } | { success: false; fieldErrors: NewsFieldErrors };

/** Validates the four fields; errors are message keys, the first one per field. */
export function parseNewsText(values: { [Field in NewsTextField]?: unknown }): ParsedNewsText {
  const result = newsTextSchema.safeParse(values);
  if (result.success) return { success: true, text: result.data };
  return { success: false, fieldErrors: newsFieldErrors(result.error) };
}

/** The editor's errors for a refused text. */
export function newsFieldErrors(error: z.ZodError): NewsFieldErrors {
  return fieldErrorsOf(error, {
    isField: oneOf(NEWS_TEXT_FIELDS),
    keys: NEWS_ERRORS,
    fallback: "invalidCharacters",
  });
}

/** What the editor posts, kept as typed so a refused form refills itself. */
export interface NewsFormValues extends NewsText {
  /** Empty for a new update. */
  id: string;
  /** The updated_at the organizer started from (ISO), to notice someone else's edit. */
  version: string;
  /** "Also email it" was ticked. */
  sendEmail: boolean;
}

export const EMPTY_NEWS_FORM: NewsFormValues = {
  id: "",
  version: "",
  titleEs: "",
  bodyEs: "",
  titleEn: "",
  bodyEn: "",
  sendEmail: false,
};

export function newsFormValues(formData: FormData): NewsFormValues {
  // Bounded so a hostile post is not echoed back in full; anything this long is refused anyway.
  const text = (name: string, maxLength: number) => {
    const value = formData.get(name);
    return typeof value === "string" ? value.slice(0, maxLength) : "";
  };
  const titleMax = NEWS_TITLE_MAX_LENGTH * RAW_LENGTH_FACTOR + 1;
  const bodyMax = NEWS_BODY_MAX_LENGTH * RAW_LENGTH_FACTOR + 1;
  return {
    id: text("id", 36),
    version: text("version", 32),
    titleEs: text("titleEs", titleMax),
    bodyEs: text("bodyEs", bodyMax),
    titleEn: text("titleEn", titleMax),
    bodyEn: text("bodyEn", bodyMax),
    sendEmail: formData.get("sendEmail") === "on",
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An update id, as the database stores it (it would refuse anything else). */
export const newsIdSchema = z
  .string()
  .regex(UUID)
  .transform((id) => id.toLowerCase());

/** An update id from a form or the address bar, or null. */
export function newsId(value: unknown): string | null {
  const parsed = newsIdSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
