import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import type { Organizer } from "@/lib/organizers/current";
import { signOutAction } from "./sign-in/actions";
import styles from "./organizer-bar.module.css";
import { OrganizerTabs } from "./organizer-tabs";

/** The organizer area's own navigation: sections, who is signed in, and sign-out. */
export async function OrganizerBar({ organizer }: { organizer: Organizer }) {
  const t = await getTranslations("OrganizerNav");
  const locale = await getLocale();
  return (
    <div className={styles.bar}>
      <OrganizerTabs
        label={t("label")}
        tabs={[
          { href: "/organizers", label: t("dashboard") },
          { href: "/organizers/exports", label: t("exports") },
          { href: "/organizers/abuse", label: t("abuse") },
          { href: "/organizers/news", label: t("news") },
          { href: "/organizers/signers", label: t("signers") },
          { href: "/organizers/consent", label: t("consent") },
          { href: "/organizers/settings", label: t("settings") },
        ]}
      />
      <form action={signOutAction} className={styles.session}>
        <input type="hidden" name="locale" value={locale} />
        <span>{t("signedInAs", { email: organizer.email })}</span>
        <button type="submit" className={buttonClass("secondary")}>
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
