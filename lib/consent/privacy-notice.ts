// The privacy notice as data: one structure, built from the messages and the settings it
// depends on, that the page renders and the consent record stores as plain text. Its version
// is the SHA-256 of that text, so the same words always carry the same version and the page
// can never show a notice other than the one a signature is recorded against.
import { createHash } from "node:crypto";
import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/routing";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import { REMINDER_AFTER_HOURS, remindersEnabled } from "@/lib/jobs/reminders";
import { UNCONFIRMED_GRACE_DAYS } from "@/lib/retention/rules";
import type { CampaignSettings } from "@/lib/settings/schema";

const MESSAGES = { es, en } as const;

/** Everything besides the words that the notice states. Change one and the version changes. */
export interface PrivacyNoticeInputs {
  /** The "responsable" (settings); until it is set, the paragraphs naming it are left out. */
  controller?: CampaignSettings["privacyController"];
  /** Months signatures are kept after closing (settings); left out until it is set. */
  retention?: CampaignSettings["retentionPeriod"];
  /** Days a network hash is kept (NETWORK_HASH_RETENTION_DAYS). */
  networkHashDays: number;
  /** Hours after the latest link when the one reminder goes out; null when organizers turned it off. */
  reminderAfterHours: number | null;
}

/** The notice's inputs from the organizers' settings and the environment, in one place for every caller. */
export function privacyNoticeInputs(
  settings: CampaignSettings,
  networkHashDays: number,
): PrivacyNoticeInputs {
  return {
    controller: settings.privacyController,
    retention: settings.retentionPeriod,
    networkHashDays,
    reminderAfterHours: remindersEnabled(settings) ? REMINDER_AFTER_HOURS : null,
  };
}

/** A link inside a paragraph: its words and where it goes. */
export interface NoticeLink {
  text: string;
  href: string;
}

/** A run of words, or a link. */
export type NoticeInline = string | NoticeLink;

export type NoticeBlock =
  { kind: "paragraph"; content: NoticeInline[] } | { kind: "list"; items: NoticeInline[][] };

export interface NoticeSection {
  /** A stable anchor for the section (not part of the text). */
  id: string;
  heading: string;
  blocks: NoticeBlock[];
  subsections: NoticeSection[];
}

export interface PrivacyNoticeDocument {
  locale: Locale;
  title: string;
  lead: string;
  /** The simplified notice, then the full (integral) one, as the LFPDPPP asks for both. */
  sections: NoticeSection[];
}

/** The id of the full notice's heading, which the simplified notice links to. */
export const INTEGRAL_SECTION_ID = "privacy-integral";

const DATA_ITEMS = ["name", "email", "residence", "language", "choices", "source", "networkHash"] as const;
const PRIMARY_PURPOSES = ["register", "confirm", "deduplicate", "count", "publicName"] as const;

// Control characters never occur in the messages, so they can mark where a <link> tag's words are.
const LINK_START = "\u0002";
const LINK_END = "\u0003";

const paragraph = (...content: NoticeInline[]): NoticeBlock => ({ kind: "paragraph", content });
const list = (items: readonly string[]): NoticeBlock => ({
  kind: "list",
  items: items.map((item) => [item]),
});

function section(
  id: string,
  heading: string,
  blocks: (NoticeBlock | null)[],
  subsections: NoticeSection[] = [],
) {
  return { id, heading, blocks: blocks.filter((block) => block !== null), subsections };
}

/** A message with one <link> tag as words and a link, keeping the words' order of each language. */
function withLink(marked: string, href: string): NoticeInline[] {
  const [before = "", rest = ""] = marked.split(LINK_START);
  const [text = "", after = ""] = rest.split(LINK_END);
  return [before, { text, href }, after].filter((part) => part !== "");
}

/**
 * The privacy notice in one language for the given inputs: the simplified notice first (what
 * a signer needs at a glance), then the full notice, as the Ley Federal de Protección de Datos
 * Personales en Posesión de los Particulares asks.
 */
export function buildPrivacyNotice(locale: Locale, inputs: PrivacyNoticeInputs): PrivacyNoticeDocument {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "PrivacyPage" });
  const { controller, retention, networkHashDays, reminderAfterHours } = inputs;
  const controllerLine = controller
    ? paragraph(t("controllerIdentity", { name: controller.name, address: controller.address }))
    : null;
  const mailto = (email: string): NoticeLink => ({ text: email, href: `mailto:${email}` });

  const simplified = section("privacy-simplified", t("simplifiedTitle"), [
    controllerLine,
    paragraph(t("simplifiedPurposes")),
    paragraph(t("simplifiedPublicList")),
    paragraph(t("simplifiedSecondary")),
    paragraph(
      ...withLink(
        t.markup("simplifiedMore", { link: (chunks) => `${LINK_START}${chunks}${LINK_END}` }),
        `#${INTEGRAL_SECTION_ID}`,
      ),
    ),
  ]);

  const integral = section(
    INTEGRAL_SECTION_ID,
    t("integralTitle"),
    [],
    [
      ...(controller
        ? [
            section("privacy-controller", t("controllerTitle"), [
              controllerLine,
              paragraph(`${t("controllerContact")} `, mailto(controller.email)),
            ]),
          ]
        : []),
      section("privacy-data", t("dataTitle"), [
        list(DATA_ITEMS.map((item) => t(`data.${item}`))),
        paragraph(t("dataNotSensitive")),
      ]),
      section("privacy-purposes", t("purposesTitle"), [
        paragraph(t("primaryIntro")),
        list(PRIMARY_PURPOSES.map((purpose) => t(`primary.${purpose}`))),
        reminderAfterHours === null ? null : paragraph(t("primaryReminder", { hours: reminderAfterHours })),
        paragraph(t("secondaryIntro")),
        list([t("secondaryUpdates")]),
        paragraph(t("secondaryRefuse")),
      ]),
      section("privacy-public-list", t("publicListTitle"), [
        paragraph(t("publicListBody")),
        paragraph(t("publicListSearch")),
        paragraph(t("publicListRemoval")),
      ]),
      section("privacy-consent-record", t("consentRecordTitle"), [
        paragraph(t("consentRecordBody")),
        paragraph(t("consentRecordAnonymous")),
        paragraph(t("consentRecordUnconfirmed")),
      ]),
      section("privacy-sharing", t("sharingTitle"), [paragraph(t("sharingBody"))]),
      section("privacy-retention", t("retentionTitle"), [
        retention
          ? paragraph(`${t("retentionBody", { months: retention.months })} ${t("retentionErasure")}`)
          : null,
        paragraph(t("retentionUnconfirmed", { days: UNCONFIRMED_GRACE_DAYS })),
        paragraph(t("retentionNetwork", { days: networkHashDays })),
        paragraph(t("withdrawBody")),
      ]),
      section("privacy-rights", t("rightsTitle"), [
        paragraph(t("rightsBody")),
        controller ? paragraph(`${t("rightsHow")} `, mailto(controller.email)) : null,
      ]),
      section("privacy-cookies", t("cookiesTitle"), [paragraph(t("cookiesBody"))]),
      section("privacy-changes", t("changesTitle"), [paragraph(t("changesBody"))]),
    ],
  );

  return { locale, title: t("title"), lead: t("lead"), sections: [simplified, integral] };
}

function inlineText(content: readonly NoticeInline[]): string {
  return content.map((part) => (typeof part === "string" ? part : part.text)).join("");
}

function sectionText({ heading, blocks, subsections }: NoticeSection): string[] {
  return [
    heading,
    ...blocks.map((block) =>
      block.kind === "paragraph"
        ? inlineText(block.content)
        : block.items.map((item) => `- ${inlineText(item)}`).join("\n"),
    ),
    ...subsections.flatMap(sectionText),
  ];
}

/**
 * The notice as plain text: headings, paragraphs and "- " list items, one blank line apart.
 * Links keep their words (an address's words are the address). This is what is stored and
 * hashed, so any change a reader could see changes it.
 */
export function privacyNoticeText(notice: PrivacyNoticeDocument): string {
  return [notice.title, notice.lead, ...notice.sections.flatMap(sectionText)].join("\n\n");
}

/** The version of a notice's text: its SHA-256, in lower-case hex. */
export function privacyNoticeVersion(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The first characters of a version, enough to tell versions apart at a glance. */
export function shortVersion(version: string): string {
  return version.slice(0, 12);
}
