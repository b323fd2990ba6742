import Image from "next/image";
import { useLocale, useTranslations } from "next-intl";
import { campaignFormatter } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { SHARE_IMAGE_SIZE, shareImagePath } from "@/lib/seo/share-image";
import type { PublicStats } from "@/lib/stats/shape";
import styles from "./press-kit.module.css";

/** A file served from public/, written by scripts/brand-assets.ts. */
export type BrandFile = {
  href: string;
  /** Rounded up; tests/unit/brand-assets.test.ts keeps it true to the file. */
  kilobytes: number;
} & ({ format: "svg" } | { format: "png"; width: number; height: number });

export interface BrandAsset {
  id: "logo" | "wordmark" | "wordmarkWhite";
  /** The white wordmark is shown on the campaign purple so it can be seen. */
  surface: "light" | "purple";
  preview: { src: string; width: number; height: number };
  files: BrandFile[];
}

export const BRAND_ASSETS: readonly BrandAsset[] = [
  {
    id: "logo",
    surface: "light",
    preview: { src: "/press/logo.svg", width: 512, height: 512 },
    files: [
      { href: "/press/logo.svg", format: "svg", kilobytes: 1 },
      { href: "/press/logo-512.png", format: "png", width: 512, height: 512, kilobytes: 10 },
      { href: "/press/logo-1024.png", format: "png", width: 1024, height: 1024, kilobytes: 21 },
    ],
  },
  {
    id: "wordmark",
    surface: "light",
    preview: { src: "/press/wordmark.svg", width: 1144, height: 120 },
    files: [
      { href: "/press/wordmark.svg", format: "svg", kilobytes: 9 },
      { href: "/press/wordmark.png", format: "png", width: 1200, height: 126, kilobytes: 29 },
    ],
  },
  {
    id: "wordmarkWhite",
    surface: "purple",
    preview: { src: "/press/wordmark-white.svg", width: 1144, height: 120 },
    files: [
      { href: "/press/wordmark-white.svg", format: "svg", kilobytes: 9 },
      { href: "/press/wordmark-on-purple.png", format: "png", width: 1200, height: 228, kilobytes: 19 },
    ],
  },
];

/** Saved files carry the campaign's name, not just "logo.svg" among a reporter's downloads. */
function downloadName(href: string): string {
  return `budapestconventionmx-${href.split("/").pop()}`;
}

export interface PressKitProps {
  stats: PublicStats | null;
  /** Absolute, so the addresses and the citation survive copying and printing. */
  siteUrl: string;
}

/** Everything a newsroom downloads or pastes: logo, share images, texts, open data and a citation. */
export function PressKit({ stats, siteUrl }: PressKitProps) {
  const t = useTranslations("PressKit");
  const locale = useLocale();
  const format = campaignFormatter(locale);
  const statsUrl = `${siteUrl}/api/stats`;

  return (
    <section aria-labelledby="press-kit" className={styles.kit}>
      <h2 id="press-kit">{t("title")}</h2>
      <p>{t("intro")}</p>

      <div className={styles.downloads}>
        <h3>{t("brandTitle")}</h3>
        <ul className={styles.assets}>
          {BRAND_ASSETS.map((asset) => (
            <li key={asset.id} className={styles.asset}>
              <div className={asset.surface === "purple" ? styles.previewOnPurple : styles.preview}>
                <Image
                  src={asset.preview.src}
                  width={asset.preview.width}
                  height={asset.preview.height}
                  alt=""
                  unoptimized
                />
              </div>
              <ul className={styles.files}>
                {asset.files.map((file) => (
                  <li key={file.href}>
                    <a href={file.href} download={downloadName(file.href)}>
                      {file.format === "svg"
                        ? t("fileSvg", {
                            name: t(`assets.${asset.id}`),
                            kilobytes: String(file.kilobytes),
                          })
                        : t("filePng", {
                            name: t(`assets.${asset.id}`),
                            width: String(file.width),
                            height: String(file.height),
                            kilobytes: String(file.kilobytes),
                          })}
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        <p className={styles.note}>{t("brandUse")}</p>

        <h3>{t("shareTitle")}</h3>
        <p>{t("shareIntro")}</p>
        <ul className={styles.links}>
          {routing.locales.map((language) => (
            <li key={language}>
              <a
                href={shareImagePath(language, "home")}
                download={`budapestconventionmx-${language}.png`}
                hrefLang={language}
              >
                {t("shareImage", {
                  language: t(`languages.${language}`),
                  width: String(SHARE_IMAGE_SIZE.width),
                  height: String(SHARE_IMAGE_SIZE.height),
                })}
              </a>
            </li>
          ))}
        </ul>

        <h3>{t("documentsTitle")}</h3>
        <ul className={styles.links}>
          {routing.locales.map((language) => (
            <li key={language}>
              <Link href="/press/fact-sheet" locale={language}>
                {t("factSheet", { language: t(`languages.${language}`) })}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/petition">{t("petition")}</Link>
          </li>
        </ul>
        <p className={styles.note}>{t("printNote")}</p>

        <h3>{t("dataTitle")}</h3>
        <ul className={styles.links}>
          <li>
            <a href={statsUrl} download="budapestconventionmx-stats.json">
              {t("dataJson")}
            </a>{" "}
            <span className={styles.address}>{statsUrl}</span>
          </li>
          <li>
            <a href={`${siteUrl}/api/stats.csv`} download="budapestconventionmx-stats.csv">
              {t("dataCsv")}
            </a>{" "}
            <span className={styles.address}>{`${siteUrl}/api/stats.csv`}</span>
          </li>
        </ul>
      </div>

      <h3>{t("citeTitle")}</h3>
      <p>{t("citeIntro")}</p>
      <p className={styles.citation}>
        {stats
          ? t("citeWithFigure", {
              total: format.number(stats.total),
              time: format.dateTime(new Date(stats.asOf), "asOf"),
              url: statsUrl,
            })
          : t("citeWithoutFigure", { url: `${siteUrl}/${locale}` })}
      </p>
    </section>
  );
}
