import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInLinkForm } from "@/components/organizers/sign-in-link-form";
import type { Locale } from "@/i18n/routing";
import { db } from "@/lib/db";
import { inspectSignInLink } from "@/lib/organizers/sign-in";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/organizers/sign-in/[token]">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "OrganizerSignIn" });
  return { title: t("linkTitle") };
}

export default async function OrganizerSignInLinkPage({
  params,
}: PageProps<"/[locale]/organizers/sign-in/[token]">) {
  const { locale, token } = (await params) as { locale: Locale; token: string };
  setRequestLocale(locale);
  // When the database is away, offer the button anyway: the action reports the outage.
  const usable = await inspectSignInLink(db(), token).catch(() => true);
  return (
    <div className="prose status-page">
      <SignInLinkForm locale={locale} token={token} usable={usable} />
    </div>
  );
}
