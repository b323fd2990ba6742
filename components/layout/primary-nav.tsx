"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Link, usePathname } from "@/i18n/navigation";
import type { AppPathname } from "@/i18n/routing";
import styles from "./site-header.module.css";

const ITEMS = [
  { href: "/convention", key: "navConvention" },
  { href: "/campaign", key: "navCampaign" },
  { href: "/press", key: "navPress" },
  { href: "/faq", key: "navFaq" },
] as const satisfies readonly { href: AppPathname; key: string }[];

/** The main sections, with the current one marked for screen readers and sighted visitors alike. */
export function PrimaryNav() {
  const t = useTranslations("SiteHeader");
  const pathname = usePathname();
  return (
    <nav aria-label={t("primaryNavigation")} className={styles.nav}>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={pathname === item.href ? "page" : undefined}>
              {t(item.key)}
            </Link>
          </li>
        ))}
        <li>
          <Link
            href="/sign"
            className={`${buttonClass("primary", { small: true })} ${styles.signLink}`}
            aria-current={pathname === "/sign" ? "page" : undefined}
          >
            {t("navSign")}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
