import type { HideFieldErrors } from "@/lib/organizers/public-list/hide";
import type { ShownName } from "@/lib/organizers/public-list/shown-name";

/** What the last hiding attempt came to, said above the search. */
export type HideNotice =
  { kind: "hidden"; name: string } | { kind: "already-hidden" } | { kind: "not-listed" };

export type PublicNameState =
  | {
      status: "results";
      query: string;
      names: ShownName[];
      /** More names match than are shown. */
      more: boolean;
      queryError?: "queryTooLong";
      notice?: HideNotice;
    }
  /** One name chosen: the reason is asked before it is hidden. */
  | { status: "confirming"; query: string; target: ShownName; reason: string; errors?: HideFieldErrors }
  | { status: "unavailable"; query: string };

/** The panel starts on the newest names, read by the page. */
export function initialPublicNameState(newest: { names: ShownName[]; more: boolean }): PublicNameState {
  return { status: "results", query: "", ...newest };
}
