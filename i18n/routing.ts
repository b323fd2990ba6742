import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["es", "en"],
  defaultLocale: "es",
  localePrefix: "always",
  // Remember the language a visitor chose, for a year.
  localeCookie: { maxAge: 60 * 60 * 24 * 365 },
  // Localized path names: /es/firmar and /en/sign are the same page.
  pathnames: {
    "/": "/",
    "/sign": { es: "/firmar", en: "/sign" },
    "/sign/thanks": { es: "/firmar/gracias", en: "/sign/thanks" },
    "/confirm/[token]": { es: "/confirmar/[token]", en: "/confirm/[token]" },
    "/withdraw/[token]": { es: "/retirar-firma/[token]", en: "/withdraw/[token]" },
    "/dev/mailbox": "/dev/mailbox",
    "/convention": { es: "/convenio", en: "/convention" },
    "/campaign": { es: "/campana", en: "/campaign" },
    "/press": { es: "/prensa", en: "/press" },
    "/press/fact-sheet": { es: "/prensa/hoja-informativa", en: "/press/fact-sheet" },
    "/petition": { es: "/peticion", en: "/petition" },
    "/faq": { es: "/preguntas-frecuentes", en: "/faq" },
    "/privacy": { es: "/aviso-de-privacidad", en: "/privacy" },
    "/signers": { es: "/firmantes", en: "/signers" },
    "/signers/[page]": { es: "/firmantes/[page]", en: "/signers/[page]" },
    "/news": { es: "/novedades", en: "/news" },
    "/news/[slug]": { es: "/novedades/[slug]", en: "/news/[slug]" },
    "/news/feed.xml": { es: "/novedades/feed.xml", en: "/news/feed.xml" },
    "/unsubscribe/[token]": { es: "/dejar-de-recibir-noticias/[token]", en: "/unsubscribe/[token]" },
    "/organizers": { es: "/organizadores", en: "/organizers" },
    "/organizers/sign-in": { es: "/organizadores/entrar", en: "/organizers/sign-in" },
    "/organizers/sign-in/[token]": { es: "/organizadores/entrar/[token]", en: "/organizers/sign-in/[token]" },
    "/organizers/exports": { es: "/organizadores/exportar", en: "/organizers/exports" },
    "/organizers/abuse": { es: "/organizadores/abuso", en: "/organizers/abuse" },
    "/organizers/settings": { es: "/organizadores/ajustes", en: "/organizers/settings" },
    "/organizers/news": { es: "/organizadores/novedades", en: "/organizers/news" },
    "/organizers/signers": { es: "/organizadores/firmantes", en: "/organizers/signers" },
    "/organizers/consent": { es: "/organizadores/consentimiento", en: "/organizers/consent" },
  },
});

export type Locale = (typeof routing.locales)[number];
export type AppPathname = keyof typeof routing.pathnames;
/** Path names without dynamic segments: the pages with a canonical URL of their own. */
export type StaticPathname = Exclude<AppPathname, `${string}[${string}`>;

/** The pages search engines should know about (private links and the development mailbox are not). */
export const INDEXED_PATHNAMES = [
  "/",
  "/sign",
  "/petition",
  "/convention",
  "/campaign",
  "/press",
  "/press/fact-sheet",
  "/faq",
  "/privacy",
  "/news",
] as const satisfies readonly StaticPathname[];

/** Pages that need an organizer session; tests/e2e/organizers/anonymous-access.spec.ts walks every one. */
export const ORGANIZER_PATHNAMES = [
  "/organizers",
  "/organizers/exports",
  "/organizers/abuse",
  "/organizers/settings",
  "/organizers/news",
  "/organizers/signers",
  "/organizers/consent",
] as const satisfies readonly StaticPathname[];
