import type { Locale } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import table from "@/components/ui/table.module.css";
import { campaignFormatter } from "@/i18n/format";
import { routing } from "@/i18n/routing";
import type { ConsentOverview, NoticeVersionUse } from "@/lib/consent/consent-overview";
import { shortVersion } from "@/lib/consent/privacy-notice";
import styles from "./consent.module.css";

interface ConsentRecordProps {
  overview: ConsentOverview;
  /** The version in force in each language, marked as current. */
  currentVersions: Record<Locale, string>;
}

/** The totals of withdrawn, set-aside and narrowed consent, then every notice version per language. */
export async function ConsentRecord({ overview, currentVersions }: ConsentRecordProps) {
  const t = await getTranslations("OrganizerConsent");
  const format = campaignFormatter(await getLocale());
  const number = (value: number) => format.number(value);

  return (
    <>
      <section aria-labelledby="consent-totals" className={styles.section}>
        <h2 id="consent-totals">{t("totalsHeading")}</h2>
        <dl className={styles.totals}>
          <dt>{t("withdrawn")}</dt>
          <dd>{number(overview.totals.withdrawn)}</dd>
          <dt>{t("invalidated")}</dt>
          <dd>{number(overview.totals.invalidated)}</dd>
          <dt>{t("newsUnsubscribed")}</dt>
          <dd>{number(overview.totals.newsUnsubscribed)}</dd>
        </dl>
      </section>
      {routing.locales.map((noticeLocale) => (
        <NoticeVersions
          key={noticeLocale}
          noticeLocale={noticeLocale}
          versions={overview.notices.filter((notice) => notice.locale === noticeLocale)}
          currentVersion={currentVersions[noticeLocale]}
        />
      ))}
    </>
  );
}

interface NoticeVersionsProps {
  noticeLocale: Locale;
  versions: NoticeVersionUse[];
  currentVersion: string;
}

async function NoticeVersions({ noticeLocale, versions, currentVersion }: NoticeVersionsProps) {
  const t = await getTranslations("OrganizerConsent");
  const format = campaignFormatter(await getLocale());
  const when = (date: Date) => <time dateTime={date.toISOString()}>{format.dateTime(date, "logEntry")}</time>;
  const number = (value: number) => format.number(value);
  const short = (version: string) => `${shortVersion(version)}…`;
  const headingId = `consent-versions-${noticeLocale}`;
  const captionId = `consent-caption-${noticeLocale}`;

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId}>{t("versionsHeading", { locale: noticeLocale })}</h2>
      {versions.length === 0 ? (
        <p className={styles.notice}>{t("noVersions")}</p>
      ) : (
        <>
          <div className={table.scroll} role="region" aria-labelledby={captionId} tabIndex={0}>
            <table className={table.table}>
              <caption id={captionId}>{t("caption", { locale: noticeLocale })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("version")}</th>
                  <th scope="col">{t("firstShown")}</th>
                  <th scope="col">{t("lastUsed")}</th>
                  <th scope="col" className={table.numeric}>
                    {t("atSigning")}
                  </th>
                  <th scope="col" className={table.numeric}>
                    {t("atConfirmation")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {versions.map((notice) => (
                  <tr key={notice.id}>
                    <th scope="row">
                      <code className={styles.hash} title={notice.version}>
                        {short(notice.version)}
                      </code>
                      {notice.version === currentVersion && (
                        <span className={styles.tag}>{t("current")}</span>
                      )}
                    </th>
                    <td>{when(notice.firstShownAt)}</td>
                    <td>{notice.lastUsedAt ? when(notice.lastUsedAt) : t("neverUsed")}</td>
                    <td className={table.numeric}>{number(notice.acceptedAtSigning)}</td>
                    <td className={table.numeric}>{number(notice.acceptedAtConfirmation)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className={styles.texts}>
            {versions.map((notice) => (
              <details key={notice.id}>
                <summary>{t("textSummary", { version: short(notice.version) })}</summary>
                <div>
                  <p className={styles.hash}>{t("fullVersion", { version: notice.version })}</p>
                  {/* The words as stored, in the notice's own language. */}
                  <pre className={styles.text} lang={notice.locale}>
                    {notice.text}
                  </pre>
                </div>
              </details>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
