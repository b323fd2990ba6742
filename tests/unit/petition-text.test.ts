import { createHash } from "node:crypto";
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PetitionText } from "@/components/petition/petition-text";
import type { Locale } from "@/i18n/routing";
import {
  PETITION_ASKS,
  PETITION_REASONS,
  PETITION_TEXT_DATE,
  PETITION_TEXT_VERSION,
} from "@/lib/petition/petition-text";
import { loadMessages } from "@/i18n/messages";

const MESSAGES = { es: await loadMessages("es"), en: await loadMessages("en") };

/**
 * The words people sign, in both languages. Page furniture (buttons, hints, meta tags) is
 * left out: changing it changes nothing anyone signed.
 */
function signedWords(locale: Locale): string {
  const text = MESSAGES[locale].PetitionText;
  return JSON.stringify([
    text.title,
    text.addressees,
    text.opening,
    text.reasons,
    text.asks,
    text.closing,
    text.signedBy,
  ]);
}

// One line per published version. Editing the text without adding a version (and a new
// date) in lib/petition/petition-text.ts fails here: signers were shown a version number.
const FINGERPRINTS: Record<number, { date: string; sha256: string }> = {
  1: { date: "2026-11-30", sha256: "0e39df1e1acd63c684b8ae1d6dd187da16b312e54080c9f51e0cb39d6b6b4300" },
};

function render(locale: Locale): string {
  const provider: ComponentProps<typeof NextIntlClientProvider> = {
    locale,
    messages: MESSAGES[locale],
    timeZone: "UTC",
    children: createElement(PetitionText),
  };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, provider));
}

describe("the petition's text", () => {
  it("is the text of its version: a change of wording needs a new version and date", () => {
    const fingerprint = createHash("sha256")
      .update(signedWords("es") + signedWords("en"))
      .digest("hex");
    expect(FINGERPRINTS[PETITION_TEXT_VERSION]).toEqual({ date: PETITION_TEXT_DATE, sha256: fingerprint });
  });

  it.each(["es", "en"] as const)(
    "is addressed to the Senate and the Executive, dated and versioned (%s)",
    (locale) => {
      const html = render(locale);
      expect(html).toContain(
        locale === "es"
          ? "Al Senado de la República y al Poder Ejecutivo Federal"
          : "To the Senate of the Republic and the Federal Executive",
      );
      expect(html).toContain(
        locale === "es"
          ? "Versión 1, publicada el 30 de noviembre de 2026."
          : "Version 1, published on November 30, 2026.",
      );
      expect(html).toMatch(/<h1>[^<]+<\/h1>/);
    },
  );

  it.each(["es", "en"] as const)("gives every reason with its source and every ask (%s)", (locale) => {
    const html = render(locale);
    const text = MESSAGES[locale].PetitionText;
    for (const reason of PETITION_REASONS) expect(html).toContain(text.reasons[reason.id]);
    // Each reason names its source once ("Fuente: ...").
    expect(html.split(MESSAGES[locale].Sources.label)).toHaveLength(PETITION_REASONS.length + 1);
    for (const ask of PETITION_ASKS) expect(html).toContain(text.asks[ask]);
  });
});
