import { useLocale, useTranslations } from "next-intl";
import { Fragment, type ReactNode } from "react";
import box from "@/components/ui/box.module.css";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import { campaignFormatter } from "@/i18n/format";
import {
  INTEGRAL_SECTION_ID,
  shortVersion,
  type NoticeBlock,
  type NoticeInline,
  type NoticeSection,
  type PrivacyNoticeDocument,
} from "@/lib/consent/privacy-notice";

export interface PrivacyNoticeProps {
  /** The notice as lib/consent/privacy-notice.ts builds it: the words the consent record keeps. */
  notice: PrivacyNoticeDocument;
  /** Its version (the SHA-256 of its text). */
  version: string;
  /** When this version was first shown; null when the database could not say (a build without one). */
  inForceSince: Date | null;
}

function Inline({ content }: { content: readonly NoticeInline[] }) {
  return content.map((part, index) =>
    typeof part === "string" ? (
      <Fragment key={index}>{part}</Fragment>
    ) : (
      <a key={index} href={part.href}>
        {part.text}
      </a>
    ),
  );
}

function Block({ block }: { block: NoticeBlock }) {
  if (block.kind === "paragraph")
    return (
      <p>
        <Inline content={block.content} />
      </p>
    );
  return (
    <ul>
      {block.items.map((item, index) => (
        <li key={index}>
          <Inline content={item} />
        </li>
      ))}
    </ul>
  );
}

function Subsection({ section }: { section: NoticeSection }) {
  return (
    <>
      <h3 id={section.id}>{section.heading}</h3>
      {section.blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </>
  );
}

/**
 * The privacy notice: the simplified notice in a box, then the full notice. The words come
 * from the notice's structure, so the page shows exactly the text whose version it states.
 */
export function PrivacyNotice({ notice, version, inForceSince }: PrivacyNoticeProps) {
  const t = useTranslations("PrivacyPage");
  const format = campaignFormatter(useLocale());
  const hash = (chunks: ReactNode) => <code title={version}>{chunks}</code>;
  const versionValues = { version: `${shortVersion(version)}…`, hash };

  return (
    <div className={layout.page}>
      <h1>{notice.title}</h1>
      <p className={text.lead}>{notice.lead}</p>
      <p className={text.source}>
        {inForceSince
          ? t.rich("version", {
              ...versionValues,
              date: format.dateTime(inForceSince, "long"),
            })
          : t.rich("versionUndated", versionValues)}
      </p>

      {notice.sections.map((section) => {
        const integral = section.id === INTEGRAL_SECTION_ID;
        return (
          <section
            key={section.id}
            aria-labelledby={section.id}
            className={integral ? undefined : box.notice}
          >
            {/* The simplified notice links to the full one's heading, which takes the focus. */}
            <h2 id={section.id} tabIndex={integral ? -1 : undefined}>
              {section.heading}
            </h2>
            {section.blocks.map((block, index) => (
              <Block key={index} block={block} />
            ))}
            {section.subsections.map((subsection) => (
              <Subsection key={subsection.id} section={subsection} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
