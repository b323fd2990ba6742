import { useTranslations } from "next-intl";

/**
 * Plain share links (no widgets, no scripts from the networks): following one is the
 * visitor's choice, and nothing is loaded from those sites until they do.
 */
export function ShareRow({ url }: { url: string }) {
  const t = useTranslations("ShareRow");
  const text = `${t("message")} ${url}`;
  return (
    <div className="share-row">
      <p className="share-row__label" id="share-row-label">
        {t("label")}
      </p>
      <ul aria-labelledby="share-row-label">
        <li>
          <a href={`https://wa.me/?text=${encodeURIComponent(text)}`}>{t("whatsapp")}</a>
        </li>
        <li>
          <a
            href={`https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(t("message"))}`}
          >
            {t("telegram")}
          </a>
        </li>
        <li>
          <a
            href={`mailto:?subject=${encodeURIComponent(t("emailSubject"))}&body=${encodeURIComponent(text)}`}
          >
            {t("email")}
          </a>
        </li>
      </ul>
    </div>
  );
}
