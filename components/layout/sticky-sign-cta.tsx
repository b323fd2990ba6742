"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Link, usePathname } from "@/i18n/navigation";
import styles from "./sticky-sign-cta.module.css";

/**
 * On phones the call to sign stays at the bottom of the screen, within thumb's reach.
 * It is left out on the signing page itself, where it would only point at the form, and on
 * the organizer pages.
 */
export function StickySignCta() {
  const t = useTranslations("SignCta");
  const pathname = usePathname();
  if (pathname === "/sign" || pathname.startsWith("/organizers")) return null;
  return (
    <div className={styles.cta}>
      <Link href="/sign" className={buttonClass("primary", { block: true })}>
        {t("label")}
      </Link>
    </div>
  );
}
