import type { ReactNode } from "react";
import { OrganizerBar } from "@/components/organizers/organizer-bar";
import { pageLocale } from "@/i18n/page-locale";
import { requireOrganizer } from "@/lib/organizers/current";

// The bar needs the organizer; each page still checks the session itself, since a layout
// is not re-run on every request and protects nothing on its own.
export default async function SignedInLayout({
  children,
  params,
}: LayoutProps<"/[locale]/organizers"> & { children: ReactNode }) {
  const organizer = await requireOrganizer(await pageLocale(params));
  return (
    <>
      <OrganizerBar organizer={organizer} />
      {children}
    </>
  );
}
