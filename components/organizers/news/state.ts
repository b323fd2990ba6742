import type { EditorEmailResult } from "@/lib/news/editor";
import type { NewsFieldErrors, NewsFormValues } from "@/lib/news/schema";

export type NewsEditorState =
  | { status: "idle" }
  /** The text as it will be published, shown under the form; nothing was stored. */
  | { status: "preview"; values: NewsFormValues; at: string }
  | { status: "invalid"; values: NewsFormValues; fieldErrors: NewsFieldErrors }
  /** Someone saved or published it meanwhile; `values.version` is now theirs, so saving again replaces it. */
  | { status: "stale"; values: NewsFormValues }
  /** It was published before this post; the text typed here was not stored. */
  | { status: "alreadyPublished"; values: NewsFormValues; email: EditorEmailResult }
  | { status: "notFound"; values: NewsFormValues }
  | { status: "unavailable"; values: NewsFormValues };

export type EmailNewsState = { status: "idle" } | { status: "unavailable" };

/** Before the first post the editor shows the update it was opened on. */
export const initialNewsEditorState: NewsEditorState = { status: "idle" };

export const initialEmailNewsState: EmailNewsState = { status: "idle" };
