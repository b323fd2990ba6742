import { notFound } from "next/navigation";

// Any path under a locale that no route claims renders the localized 404 page.
export default function CatchAllNotFound() {
  notFound();
}
