import { useTranslations } from "next-intl";
import { SOURCES, type SourceId } from "@/lib/campaign/sources";
import styles from "./sources-list.module.css";

const ALL_SOURCES = Object.keys(SOURCES) as SourceId[];

/** The full reference of each source, with its address written out so it survives printing. */
export function SourcesList({ sources = ALL_SOURCES }: { sources?: readonly SourceId[] }) {
  return (
    <ul className={styles.list}>
      {sources.map((source) => (
        <li key={source}>
          <SourceReference source={source} />
        </li>
      ))}
    </ul>
  );
}

/** One source's full reference; the address, when it has one, is written out in full. */
export function SourceReference({ source }: { source: SourceId }) {
  const t = useTranslations("Sources");
  const url = SOURCES[source];
  return (
    <>
      {t(`full.${source}`)}
      {url && (
        <>
          {": "}
          <a href={url}>{url}</a>
        </>
      )}
    </>
  );
}
