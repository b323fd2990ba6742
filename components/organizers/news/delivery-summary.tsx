import { useLocale, useTranslations } from "next-intl";
import { campaignFormatter } from "@/i18n/format";
import type { NewsDeliveryProgress } from "@/lib/news/delivery";

/** "120 of 130 sent · 2 failed": where the emailing of an update stands; a reload shows more. */
export function DeliverySummary({ progress }: { progress: NewsDeliveryProgress | undefined }) {
  const t = useTranslations("OrganizerNews.delivery");
  const format = campaignFormatter(useLocale());
  if (!progress?.queuedAt) return <>{t("notEmailed")}</>;
  // The recipients' rows appear once the fan-out job has run.
  if (progress.total === 0) return <>{t("preparing")}</>;
  const number = (value: number) => format.number(value);
  const parts = [t("sent", { sent: number(progress.sent), total: number(progress.total) })];
  if (progress.queued > 0)
    parts.push(t("queued", { count: progress.queued, shown: number(progress.queued) }));
  if (progress.failed > 0)
    parts.push(t("failed", { count: progress.failed, shown: number(progress.failed) }));
  if (progress.skipped > 0)
    parts.push(t("skipped", { count: progress.skipped, shown: number(progress.skipped) }));
  return <>{parts.join(" · ")}</>;
}
