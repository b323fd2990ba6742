import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  buildPrivacyNotice,
  INTEGRAL_SECTION_ID,
  privacyNoticeInputs,
  privacyNoticeText,
  privacyNoticeVersion,
  type NoticeSection,
  type PrivacyNoticeInputs,
} from "@/lib/consent/privacy-notice";
import type { Locale } from "@/i18n/routing";
import { REMINDER_AFTER_HOURS } from "@/lib/jobs/reminders";

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

const textOf = (locale: Locale, inputs: PrivacyNoticeInputs = INPUTS) =>
  privacyNoticeText(buildPrivacyNotice(locale, inputs));
const versionOf = (locale: Locale, inputs: PrivacyNoticeInputs = INPUTS) =>
  privacyNoticeVersion(textOf(locale, inputs));

function allSections(sections: readonly NoticeSection[]): NoticeSection[] {
  return sections.flatMap((section) => [section, ...allSections(section.subsections)]);
}

describe("the privacy notice's version", () => {
  it("is the SHA-256 of the notice's text, in hex", () => {
    const text = textOf("es");
    expect(privacyNoticeVersion(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    expect(privacyNoticeVersion(text)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("stays the same for the same inputs", () => {
    expect(versionOf("es", { ...INPUTS })).toBe(versionOf("es", structuredClone(INPUTS)));
    expect(textOf("en")).toBe(textOf("en"));
  });

  it("changes when the retention months change, and the text states the new period", () => {
    const longer = { ...INPUTS, retention: { months: 18 } };
    expect(versionOf("es", longer)).not.toBe(versionOf("es"));
    expect(textOf("es", longer)).toContain("hasta 18 meses después del cierre");
    expect(textOf("es")).toContain("hasta 12 meses después del cierre");
  });

  it("changes with every other input the notice states", () => {
    const variants: PrivacyNoticeInputs[] = [
      { ...INPUTS, controller: undefined },
      { ...INPUTS, controller: { ...INPUTS.controller!, email: "otra@example.org" } },
      { ...INPUTS, retention: undefined },
      { ...INPUTS, networkHashDays: 31 },
      { ...INPUTS, reminderAfterHours: null },
    ];
    const versions = new Set([versionOf("es"), ...variants.map((inputs) => versionOf("es", inputs))]);
    expect(versions.size).toBe(variants.length + 1);
  });

  it("differs between Spanish and English", () => {
    expect(versionOf("es")).not.toBe(versionOf("en"));
    expect(textOf("es").startsWith("Aviso de privacidad\n\n")).toBe(true);
    expect(textOf("en").startsWith("Privacy notice\n\n")).toBe(true);
  });
});

describe("the privacy notice's structure", () => {
  it("puts the simplified notice first and the full notice second", () => {
    const notice = buildPrivacyNotice("es", INPUTS);
    expect(notice.sections.map((section) => section.heading)).toEqual([
      "Aviso de privacidad simplificado",
      "Aviso de privacidad integral",
    ]);
    expect(notice.sections[1]!.id).toBe(INTEGRAL_SECTION_ID);
  });

  it("keeps links as data: the simplified notice points to the full one, the controller's address is a mailto", () => {
    const notice = buildPrivacyNotice("es", INPUTS);
    const simplified = notice.sections[0]!;
    expect(simplified.blocks.at(-1)).toEqual({
      kind: "paragraph",
      content: [
        "Lee el ",
        { text: "aviso de privacidad integral", href: `#${INTEGRAL_SECTION_ID}` },
        " más abajo.",
      ],
    });
    const controller = allSections(notice.sections).find((section) => section.id === "privacy-controller");
    expect(controller?.blocks).toContainEqual({
      kind: "paragraph",
      content: [
        "Para cualquier asunto sobre tus datos, escribe a: ",
        { text: "datos@example.org", href: "mailto:datos@example.org" },
      ],
    });
  });

  it("leaves out what depends on settings organizers have not set", () => {
    const text = textOf("es", { ...INPUTS, controller: undefined, retention: undefined });
    expect(text).not.toContain("Quién es responsable de tus datos");
    expect(text).not.toContain("Envía tu solicitud a:");
    expect(text).not.toContain("después del cierre de la campaña; después los borramos");
    expect(text).toContain("Aviso de privacidad simplificado");
  });

  it("promises the one reminder only while organizers keep it on", () => {
    expect(textOf("es")).toContain("Si pasan 24 horas desde el último enlace que te enviamos");
    expect(textOf("en")).toContain("If you have not confirmed 24 hours after the latest link");
    expect(textOf("es", { ...INPUTS, reminderAfterHours: null })).not.toContain("recordatorio");
    expect(textOf("en", { ...INPUTS, reminderAfterHours: null })).not.toContain("reminder");
  });

  it("states the consent record, the public list and how to stop news, in both languages", () => {
    const es = textOf("es");
    expect(es).toContain("El registro de tu consentimiento");
    expect(es).toContain("Ese registro no guarda tu nombre ni tu correo");
    expect(es).toContain("Cuando borramos una firma que nunca se confirmó, su registro se borra con ella.");
    expect(es).toContain("su página les pide que no la incluyan en sus resultados");
    expect(es).toContain("cada correo de noticias trae un enlace para dejar de recibirlas al instante");
    const en = textOf("en");
    expect(en).toContain("The record of your consent");
    expect(en).toContain("That record holds neither your name nor your email");
    expect(en).toContain("When we delete a signature that was never confirmed, its record goes with it.");
    expect(en).toContain("its page asks them to leave it out of their results");
    expect(en).toContain("every news email has a link that stops them at once");
  });

  it("writes the text as headings, paragraphs and '- ' list items, one blank line apart", () => {
    const blocks = textOf("en").split("\n\n");
    expect(blocks.slice(0, 3)).toEqual([
      "Privacy notice",
      "Many people who sign have lived through the violence this campaign is about. Protecting their data is part of the cause.",
      "Simplified privacy notice",
    ]);
    const dataList = blocks[blocks.indexOf("What data we collect") + 1]!;
    expect(dataList.split("\n")).toHaveLength(7);
    expect(dataList.split("\n").every((line) => line.startsWith("- "))).toBe(true);
  });
});

describe("the privacy notice's inputs", () => {
  it("come from the settings and the network hash period", () => {
    const inputs = privacyNoticeInputs(
      { privacyController: INPUTS.controller, retentionPeriod: { months: 6 }, target: 1000 },
      14,
    );
    expect(inputs).toEqual({
      controller: INPUTS.controller,
      retention: { months: 6 },
      networkHashDays: 14,
      reminderAfterHours: REMINDER_AFTER_HOURS,
    });
  });

  it("leave the reminder out only when organizers turned it off", () => {
    expect(privacyNoticeInputs({ confirmationReminder: true }, 30).reminderAfterHours).toBe(
      REMINDER_AFTER_HOURS,
    );
    expect(privacyNoticeInputs({ confirmationReminder: false }, 30).reminderAfterHours).toBeNull();
  });
});
