"use client";

import { Link, usePathname } from "@/i18n/navigation";
import type { ORGANIZER_PATHNAMES } from "@/i18n/routing";
import styles from "./organizer-tabs.module.css";

export interface OrganizerTab {
  href: (typeof ORGANIZER_PATHNAMES)[number];
  label: string;
}

/** The organizer sections, with the current one marked for screen readers and the eye. */
export function OrganizerTabs({ tabs, label }: { tabs: OrganizerTab[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className={styles.tabs}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link href={tab.href} aria-current={pathname === tab.href ? "page" : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
