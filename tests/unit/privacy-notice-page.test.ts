import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PrivacyNotice } from "@/components/campaign/privacy-notice";
import type { Locale } from "@/i18n/routing";
import {
  buildPrivacyNotice,
  privacyNoticeText,
  privacyNoticeVersion,
  type PrivacyNoticeInputs,
} from "@/lib/consent/privacy-notice";
import { loadMessages } from "@/i18n/messages";

const MESSAGES = { es: await loadMessages("es"), en: await loadMessages("en") };

const INPUTS: PrivacyNoticeInputs = {
  controller: {
    name: "Colectiva Ejemplo A.C.",
    address: "Calle Falsa 123, CDMX",
    email: "datos@example.org",
  },
  retention: { months: 12 },
  networkHashDays: 30,
  reminderAfterHours: 24,
};

function render(locale: Locale, inForceSince: Date | null) {
  const notice = buildPrivacyNotice(locale, INPUTS);
  const text = privacyNoticeText(notice);
  const version = privacyNoticeVersion(text);
  const provider: ComponentProps<typeof NextIntlClientProvider> = {
    locale,
    messages: MESSAGES[locale],
    timeZone: "UTC",
    children: createElement(PrivacyNotice, { notice, version, inForceSince }),
  };
  return { html: renderToStaticMarkup(createElement(NextIntlClientProvider, provider)), text, version };
}

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"');

/** The page's headings, paragraphs and list items in order, as text. */
function blocksOf(html: string): string[] {
  return [...html.matchAll(/<(h1|h2|h3|p|li)\b[^>]*>(.*?)<\/\1>/gs)].map(([, , inner]) => plain(inner!));
}

/** The stored text's blocks, in the same shape: one entry per heading, paragraph or list item. */
function blocksOfText(text: string): string[] {
  return text
    .split("\n\n")
    .flatMap((block) => (block.startsWith("- ") ? block.split("\n").map((item) => item.slice(2)) : [block]));
}

describe("the privacy page", () => {
  for (const locale of ["es", "en"] as const) {
    it(`shows in ${locale} exactly the words whose version it states`, () => {
      const { html, text } = render(locale, new Date("2026-11-30T18:00:00Z"));
      const [title, lead, versionLine, ...rest] = blocksOf(html);
      expect([title, lead, ...rest]).toEqual(blocksOfText(text));
      expect(versionLine).toMatch(
        locale === "es" ? /^Versión [0-9a-f]{12}…, vigente desde/ : /^Version [0-9a-f]{12}…, in force since/,
      );
    });
  }

  it("states the short version with the full one in its title, and the date it came into force", () => {
    const { html, version } = render("es", new Date("2026-11-30T18:00:00Z"));
    expect(html).toContain(`<code title="${version}">${version.slice(0, 12)}…</code>`);
    expect(plain(html)).toContain("vigente desde el 30 de noviembre de 2026.");
  });

  it("states the version alone when the date is not known", () => {
    const { html, version } = render("en", null);
    expect(plain(html)).toContain(`Version ${version.slice(0, 12)}….`);
    expect(plain(html)).not.toContain("in force since");
  });

  it("renders the notice's links as links", () => {
    const { html } = render("es", null);
    expect(html).toContain('<a href="#privacy-integral">aviso de privacidad integral</a>');
    expect(html).toContain('<a href="mailto:datos@example.org">datos@example.org</a>');
    expect(html).toContain('<h2 id="privacy-integral" tabindex="-1">');
  });
});
