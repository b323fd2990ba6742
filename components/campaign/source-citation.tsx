import { useTranslations } from "next-intl";
import text from "@/components/ui/text.module.css";
import { SOURCES, type SourceId } from "@/lib/campaign/sources";

/** "Source: ..." with a link when the source has a public address. */
export function SourceCitation({ source, className }: { source: SourceId; className?: string }) {
  const t = useTranslations("Sources");
  const url = SOURCES[source];
  return (
    <span className={className ? `${text.source} ${className}` : text.source}>
      {t("label")} {url ? <a href={url}>{t(source)}</a> : <cite>{t(source)}</cite>}
    </span>
  );
}
