import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** The petition form's sentences that carry a link, rendered on the server for PetitionForm. */
export async function petitionFormLinks() {
  const t = await getTranslations("PetitionForm");
  return {
    petitionText: t.rich("petitionTextLink", { link: (chunks) => <Link href="/petition">{chunks}</Link> }),
    privacyConsent: t.rich("privacyConsent", { link: (chunks) => <Link href="/privacy">{chunks}</Link> }),
  };
}
