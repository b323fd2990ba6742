import { useLocale, useTranslations } from "next-intl";
import text from "@/components/ui/text.module.css";
import { localizedUrl } from "@/i18n/navigation";
import { siteUrl } from "@/lib/env";
import { ShareButtons } from "./share-buttons";
import styles from "./share-row.module.css";

/**
 * Sharing as plain links: no third-party script runs and nothing is sent anywhere until
 * the person chooses a network. WhatsApp comes first because most visitors arrive from it.
 */
export function ShareRow() {
  const t = useTranslations("ShareRow");
  const locale = useLocale();
  const url = localizedUrl(siteUrl(), locale, "/sign");
  const message = t("message");
  const messageWithUrl = `${message} ${url}`;
  const links = [
    { name: t("whatsapp"), href: `https://wa.me/?text=${encodeURIComponent(messageWithUrl)}` },
    {
      name: t("x"),
      href: `https://x.com/intent/post?text=${encodeURIComponent(message)}&url=${encodeURIComponent(url)}&hashtags=BudapestConventionMx`,
    },
    { name: t("facebook"), href: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}` },
    {
      name: t("telegram"),
      href: `https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(message)}`,
    },
  ];

  return (
    <section className={styles.row} aria-labelledby="share-row-heading">
      <h2 id="share-row-heading" className={styles.heading}>
        {t("heading")}
      </h2>
      <ul className={styles.list}>
        {links.map((link) => (
          <li key={link.name}>
            <a className={styles.link} href={link.href} target="_blank" rel="noopener noreferrer">
              {link.name}
              <span className={text.visuallyHidden}> {t("opensNewWindow")}</span>
            </a>
          </li>
        ))}
        <li>
          <a
            className={styles.link}
            href={`mailto:?subject=${encodeURIComponent(t("subject"))}&body=${encodeURIComponent(messageWithUrl)}`}
          >
            {t("email")}
          </a>
        </li>
        <ShareButtons
          url={url}
          title={t("subject")}
          text={message}
          copyLabel={t("copy")}
          copiedLabel={t("copied")}
          shareLabel={t("share")}
        />
      </ul>
    </section>
  );
}
