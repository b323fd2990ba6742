import type { Database } from "@/lib/db";
import {
  findNewsForEditing,
  listNewsForOrganizers,
  type EditableNews,
  type OrganizerNewsRow,
} from "./content";
import { newsAudience, newsDeliveryProgress, type NewsDeliveryProgress } from "./delivery";

export interface NewsEditorData {
  updates: OrganizerNewsRow[];
  /** The update asked for, or null (none asked for, or no such update). */
  editing: EditableNews | null;
  audience: { es: number; en: number };
  /** Delivery progress of every update that was emailed, by id. */
  progress: Map<string, NewsDeliveryProgress>;
}

/** Everything the organizers' news page shows, read afresh (never from the public cache). */
export async function loadNewsEditor(database: Database, editingId: string | null): Promise<NewsEditorData> {
  const [updates, audience, editing] = await Promise.all([
    listNewsForOrganizers(database),
    newsAudience(database),
    editingId ? findNewsForEditing(database, editingId) : null,
  ]);
  const emailed = updates.filter((update) => update.emailQueuedAt !== null);
  const progress = new Map(
    await Promise.all(
      emailed.map(async (update) => [update.id, await newsDeliveryProgress(database, update.id)] as const),
    ),
  );
  return { updates, editing, audience, progress };
}
