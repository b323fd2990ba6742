import { useTranslations } from "next-intl";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import { Link } from "@/i18n/navigation";
import type { CampaignSettings } from "@/lib/settings/schema";
import { DigitalViolenceForms } from "./digital-violence-forms";
import quote from "./quote.module.css";
import { ShareRow } from "@/components/petition/share-row";
import { SourceCitation } from "./source-citation";
import { SupportLinks } from "./support-links";

export interface CampaignStoryProps {
  supportLinks: CampaignSettings["supportLinks"];
}

/** The campaign: its story, the fight against digital violence, who leads it, the ask and how to help. */
export function CampaignStory({ supportLinks }: CampaignStoryProps) {
  const t = useTranslations("CampaignPage");
  return (
    <div className={layout.page}>
      <p className={text.eyebrow}>{t("eyebrow")}</p>
      <h1>{t("title")}</h1>
      <p className={text.lead}>{t("lead")}</p>

      <h2>{t("storyTitle")}</h2>
      <p>{t("storyBody")}</p>
      <blockquote className={quote.quote}>
        <p>{t("motto")}</p>
        <footer>{t("mottoAttribution")}</footer>
      </blockquote>
      <p>
        <SourceCitation source="letter" />
      </p>

      <h2>{t("violenceTitle")}</h2>
      <p>{t("violenceIntro")}</p>
      <DigitalViolenceForms />
      <p>{t("olimpiaBody")}</p>
      <p>{t("impunityBody")}</p>
      <p>
        <SourceCitation source="letter" />
      </p>

      <SupportLinks links={supportLinks} />

      <h2>{t("whoTitle")}</h2>
      <p>{t("whoLead")}</p>
      <p>{t("whoAllies")}</p>
      <p>
        <SourceCitation source="letter" />
      </p>

      <h2>{t("askTitle")}</h2>
      <p>{t("askBody")}</p>
      <p>{t("askSenate")}</p>

      <h2>{t("helpTitle")}</h2>
      <ul>
        <li>
          <Link href="/sign">{t("helpSign")}</Link>
        </li>
        <li>{t("helpShare")}</li>
        <li>{t("helpTalk")}</li>
        <li>{t("helpExperts")}</li>
        <li>{t.rich("helpPress", { link: (chunks) => <Link href="/press">{chunks}</Link> })}</li>
        <li>
          {t.rich("helpEmbed", {
            link: (chunks) => <Link href={{ pathname: "/press", hash: "embed" }}>{chunks}</Link>,
          })}
        </li>
      </ul>
      <ShareRow />
    </div>
  );
}
