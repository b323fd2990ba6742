import { useTranslations } from "next-intl";
import type { CampaignSettings } from "@/lib/settings/schema";
import styles from "./support-links.module.css";

/** Where to find help, as the organizers list it; nothing at all until they have. */
export function SupportLinks({ links }: { links: CampaignSettings["supportLinks"] }) {
  const t = useTranslations("SupportLinks");
  if (!links) return null;
  return (
    <aside className={styles.box} aria-labelledby="support-links-title">
      <h2 id="support-links-title">{t("title")}</h2>
      <p>{t("intro")}</p>
      <ul>
        {links.map((link) => (
          <li key={link.url}>
            <a href={link.url}>{link.label}</a>
            {link.phone && (
              <>
                {" · "}
                <a href={`tel:${link.phone.replace(/[^+\d]/g, "")}`}>{link.phone}</a>
              </>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
