import { useLocale, useTranslations } from "next-intl";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { siteUrl } from "@/lib/env";
import { ShareButtons } from "./share-buttons";

/**
 * Sharing as plain links: no third-party script runs and nothing is sent anywhere until
 * the person chooses a network. WhatsApp comes first because most visitors arrive from it.
 */
export function ShareRow() {
  const t = useTranslations("ShareRow");
  const locale = useLocale() as Locale;
  const url = siteUrl() + getPathname({ locale, href: "/sign" });
  const message = t("message");
  const text = `${message} ${url}`;
  const links = [
    { name: t("whatsapp"), href: `https://wa.me/?text=${encodeURIComponent(text)}` },
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
    <section className="share-row" aria-labelledby="share-row-heading">
      <h2 id="share-row-heading" className="share-row__heading">
        {t("heading")}
      </h2>
      <ul className="share-row__list">
        {links.map((link) => (
          <li key={link.name}>
            <a className="share-row__link" href={link.href} target="_blank" rel="noopener noreferrer">
              {link.name}
              <span className="visually-hidden"> {t("opensNewWindow")}</span>
            </a>
          </li>
        ))}
        <li>
          <a
            className="share-row__link"
            href={`mailto:?subject=${encodeURIComponent(t("subject"))}&body=${encodeURIComponent(text)}`}
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
