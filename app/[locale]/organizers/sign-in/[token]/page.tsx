import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInLinkForm } from "@/components/organizers/sign-in/sign-in-link-form";
import { db } from "@/lib/db";
import { inspectSignInLink } from "@/lib/organizers/sign-in";
import layout from "@/components/ui/layout.module.css";
import { pageLocale } from "@/i18n/page-locale";
import { ScopedMessages } from "@/components/i18n/scoped-messages";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/organizers/sign-in/[token]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "OrganizerSignIn" });
  return { title: t("linkTitle") };
}

export default async function OrganizerSignInLinkPage({
  params,
}: PageProps<"/[locale]/organizers/sign-in/[token]">) {
  await pageLocale(params);
  const { token } = await params;
  // When the database is away, offer the button anyway: the action reports the outage.
  const usable = await inspectSignInLink(db(), token).catch(() => true);
  return (
    <div className={`${layout.prose} ${layout.statusPage}`}>
      <ScopedMessages namespaces={["OrganizerSignIn"]}>
        <SignInLinkForm token={token} usable={usable} />
      </ScopedMessages>
    </div>
  );
}
