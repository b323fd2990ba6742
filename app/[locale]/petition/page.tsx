import type { Metadata } from "next";
import { PetitionText } from "@/components/petition/petition-text";
import { pageLocale } from "@/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/petition">): Promise<Metadata> {
  return pageMetadata(await pageLocale(params), "/petition", "PetitionText");
}

// Static: the text changes only with a new version of the code.
export default async function PetitionTextPage({ params }: PageProps<"/[locale]/petition">) {
  await pageLocale(params);
  return <PetitionText />;
}
