import type { z } from "zod";

/** Message keys by form field: the first problem of each field, as the form shows it. */
export type FieldErrors<Field extends string, Key extends string> = Partial<Record<Field, Key>>;

interface FieldErrorsOptions<Field extends string, Key extends string> {
  /** Whether an issue's path, joined with dots ("pressQuotes.0.date"), names a field of the form. */
  isField: (name: string) => name is Field;
  /** The message keys the schema writes as issue messages. */
  keys: readonly Key[];
  /** The key for an issue whose message is not one of `keys` (a check the schema left unnamed). */
  fallback: Key;
  /** Where an issue about the whole form (an empty path) goes. */
  formField?: Field;
}

/**
 * The one way a zod error becomes what a form shows: the first issue of each field, its
 * message read as a message key. Issues on paths that are not fields of the form are dropped.
 */
export function fieldErrorsOf<Field extends string, Key extends string>(
  error: z.ZodError,
  { isField, keys, fallback, formField }: FieldErrorsOptions<Field, Key>,
): FieldErrors<Field, Key> {
  const errors: FieldErrors<Field, Key> = {};
  for (const issue of error.issues) {
    const name = issue.path.length === 0 ? formField : issue.path.map(String).join(".");
    if (name === undefined || !isField(name) || errors[name] !== undefined) continue;
    errors[name] = keys.find((key) => key === issue.message) ?? fallback;
  }
  return errors;
}

/** A type guard for a fixed list of field names. */
export function oneOf<Name extends string>(names: readonly Name[]): (name: string) => name is Name {
  return (name: string): name is Name => names.some((known) => known === name);
}
