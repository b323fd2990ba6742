"use server";

import { refresh, updateTag } from "next/cache";
import type { Locale } from "next-intl";
import { z } from "zod";
import { db } from "@/lib/db";
import { organizerAction } from "@/lib/organizers/organizer-action";
import { hidePublicName } from "@/lib/organizers/public-list/hide";
import { SEARCH_MAX_LENGTH } from "@/lib/organizers/public-list/limits";
import { findListedName, searchListedNames, searchQuerySchema } from "@/lib/organizers/public-list/search";
import { shownNames, type ShownName } from "@/lib/organizers/public-list/shown-name";
import { SIGNATURE_COUNTS_TAG } from "@/lib/stats/public-stats";
import type { HideNotice, PublicNameState } from "./state";

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

async function results(query: string, locale: Locale, notice?: HideNotice): Promise<PublicNameState> {
  const { names, more } = await searchListedNames(db(), query);
  return { status: "results", query, names: shownNames(names, locale), more, notice };
}

async function chosen(signatureId: string, locale: Locale): Promise<ShownName | null> {
  const target = await findListedName(db(), signatureId);
  return target ? (shownNames([target], locale)[0] ?? null) : null;
}

/**
 * The organizer signers page's one action. intent "search" (and "cancel") lists matching
 * names, "choose" asks for the reason to hide one, "hide" hides it.
 */
export const publicNameAction = organizerAction({
  name: "publicNameAction",
  read: (formData) => ({
    query: field(formData, "query").slice(0, SEARCH_MAX_LENGTH * 2),
    intent: field(formData, "intent"),
    signatureId: field(formData, "signatureId"),
    reason: field(formData, "reason"),
  }),
  // The reason and the signature are checked by hidePublicName, which scripts share.
  schema: z.object({ query: searchQuerySchema }),
  invalid: ({ query }): PublicNameState => ({
    status: "results",
    query,
    names: [],
    more: false,
    queryError: "queryTooLong",
  }),
  unavailable: ({ query }): PublicNameState => ({ status: "unavailable", query }),
  async run({ organizer, locale, values, input: { query } }): Promise<PublicNameState> {
    const { intent, signatureId, reason } = values;
    if (intent === "choose") {
      const target = await chosen(signatureId, locale);
      if (!target) return await results(query, locale, { kind: "not-listed" });
      return { status: "confirming", query, target, reason: "" };
    }
    if (intent !== "hide") return await results(query, locale);

    const result = await hidePublicName(db(), { signatureId, reason, organizerEmail: organizer.email });
    if (result.outcome === "invalid") {
      const target = result.errors.signatureId ? null : await chosen(signatureId, locale);
      if (!target) return await results(query, locale, { kind: "not-listed" });
      return { status: "confirming", query, target, reason, errors: result.errors };
    }
    if (result.outcome !== "hidden") return await results(query, locale, { kind: result.outcome });

    // The public list drops the name for its very next visitor: updateTag expires the
    // cached pages at once (revalidateTag would serve them stale one more time).
    updateTag(SIGNATURE_COUNTS_TAG);
    // The log on this page changes too.
    refresh();
    return await results(query, locale, { kind: "hidden", name: result.name });
  },
});
