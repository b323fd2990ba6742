import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/organizers/sign-in/sign-in-form";
import { localizedPath, redirect } from "@/i18n/navigation";
import { currentOrganizer } from "@/lib/organizers/current";
import layout from "@/components/ui/layout.module.css";
import { pageLocale } from "@/i18n/page-locale";
import { ScopedMessages } from "@/components/i18n/scoped-messages";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/organizers/sign-in">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "OrganizerSignIn" });
  return { title: t("title") };
}

export default async function OrganizerSignInPage({ params }: PageProps<"/[locale]/organizers/sign-in">) {
  const locale = await pageLocale(params);
  const signedIn = await currentOrganizer().catch(() => null);
  if (signedIn) redirect({ href: "/organizers", locale });
  return (
    <div className={`${layout.prose} ${layout.statusPage}`}>
      <ScopedMessages namespaces={["OrganizerSignIn"]}>
        <SignInForm signInPath={localizedPath(locale, "/organizers/sign-in")} />
      </ScopedMessages>
    </div>
  );
}
