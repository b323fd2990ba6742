import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/organizers/sign-in-form";
import { getPathname, redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { currentOrganizer } from "@/lib/organizers/current";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/organizers/sign-in">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "OrganizerSignIn" });
  return { title: t("title") };
}

export default async function OrganizerSignInPage({ params }: PageProps<"/[locale]/organizers/sign-in">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const signedIn = await currentOrganizer().catch(() => null);
  if (signedIn) redirect({ href: "/organizers", locale });
  return (
    <div className="prose status-page">
      <SignInForm locale={locale} signInPath={getPathname({ locale, href: "/organizers/sign-in" })} />
    </div>
  );
}
