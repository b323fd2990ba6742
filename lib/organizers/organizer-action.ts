import "server-only";
import type { Locale } from "next-intl";
import type { z } from "zod";
import { localeFromForm } from "@/i18n/locale-of";
import { handleActionFailure } from "@/lib/errors";
import { organizerForAction, type Organizer } from "./current";

/** What an organizer action's work receives: the checked session and the parsed form. */
export interface OrganizerActionContext<Values, Input> {
  organizer: Organizer;
  locale: Locale;
  /** The form as posted (bounded), to refill it. */
  values: Values;
  /** The form as the schema parsed it. */
  input: Input;
  formData: FormData;
}

export interface OrganizerActionDefinition<State, Values, Input> {
  /** Names the action in logs. */
  name: string;
  /** What the form posted, kept as typed so an answer can refill the form. Never throws. */
  read: (formData: FormData) => Values;
  schema: z.ZodType<Input>;
  /** The answer to values the schema refused: the form with its errors (fieldErrorsOf). */
  invalid: (values: Values, error: z.ZodError, locale: Locale) => State;
  /** The answer when the session cannot be checked or the database is away: "try again". */
  unavailable: (values: Values) => State;
  /** The work, for a signed-in organizer and valid input only. */
  run: (context: OrganizerActionContext<Values, Input>) => Promise<State>;
}

export type FormAction<State> = (previous: State, formData: FormData) => Promise<State>;

const builtHere = new WeakSet<object>();

/**
 * The only way an organizer action is written, so none can exist without its check
 * (model: next-safe-action's clients with a session middleware). In order:
 * - the locale comes from the form's hidden field;
 * - the session is checked before anything else is read: an anonymous post is sent to the
 *   sign-in page, and a database outage answers `unavailable`;
 * - the input is parsed with the action's zod schema; refused input answers `invalid`;
 * - `run` does the work. An outage there answers `unavailable` with the typed values kept;
 *   anything else is a bug, logged without personal data and shown by the error page.
 *   Next's redirect() and notFound() pass through.
 */
export function organizerAction<State, Values, Input>(
  definition: OrganizerActionDefinition<State, Values, Input>,
): FormAction<State> {
  const action: FormAction<State> = async (_previous, formData) => {
    const locale = localeFromForm(formData);
    const values = definition.read(formData);
    const organizer = await organizerForAction(locale);
    if (!organizer) return definition.unavailable(values);

    const parsed = definition.schema.safeParse(values);
    if (!parsed.success) return definition.invalid(values, parsed.error, locale);
    try {
      return await definition.run({ organizer, locale, values, input: parsed.data, formData });
    } catch (error) {
      handleActionFailure(definition.name, error);
      return definition.unavailable(values);
    }
  };
  builtHere.add(action);
  return action;
}

/** Whether a function was built by organizerAction (tests/unit/organizer-actions.test.ts checks every export). */
export function isOrganizerAction(value: unknown): boolean {
  return typeof value === "function" && builtHere.has(value);
}
