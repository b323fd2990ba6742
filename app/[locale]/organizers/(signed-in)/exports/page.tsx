import { setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { requireOrganizer } from "@/lib/organizers/current";

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireOrganizer(locale);
  return <h1>exports</h1>;
}
