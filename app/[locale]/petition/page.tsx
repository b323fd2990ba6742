import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { PetitionText } from "@/components/petition/petition-text";
import type { Locale } from "@/i18n/routing";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/petition">): Promise<Metadata> {
  return pageMetadata((await params).locale as Locale, "/petition", "PetitionText");
}

// Static: the text changes only with a new version of the code.
export default async function PetitionTextPage({ params }: PageProps<"/[locale]/petition">) {
  setRequestLocale((await params).locale as Locale);
  return <PetitionText />;
}
