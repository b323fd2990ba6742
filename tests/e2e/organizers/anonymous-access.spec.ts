import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { ORGANIZER_PATHNAMES, routing } from "../../../i18n/routing";
import { ORGANIZER_EXPORT_PATHS } from "../../../lib/organizers/exports/paths";
import { e2eDatabaseUrl, SESSION_COOKIE } from "../../../playwright.config";
import { expect, test } from "../support/fixtures";
import { signIn } from "./sign-in-helpers";

const root = path.resolve(import.meta.dirname, "../../..");

/** Every file named `name` below a folder, as paths relative to it. */
function filesNamed(folder: string, name: string, prefix = ""): string[] {
  return readdirSync(path.join(root, folder, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) return filesNamed(folder, name, relative);
    return entry.name === name ? [relative] : [];
  });
}

/** "/es/organizadores/exportar" for ("es", "/organizers/exports"). */
function localized(locale: (typeof routing.locales)[number], pathname: (typeof ORGANIZER_PATHNAMES)[number]) {
  return `/${locale}${routing.pathnames[pathname][locale]}`;
}

const signInPath = (locale: (typeof routing.locales)[number]) =>
  `/${locale}${routing.pathnames["/organizers/sign-in"][locale]}`;

test.describe("organizer pages without a session", () => {
  test("the lists below name every organizer page and export in the code", () => {
    // A new page or export cannot be added without joining the walk that follows.
    const pages = filesNamed("app/[locale]/organizers/(signed-in)", "page.tsx").map(
      (file) => `/organizers${path.posix.dirname(`/${file}`).replace(/\/$/, "")}`,
    );
    expect(pages.sort()).toEqual([...ORGANIZER_PATHNAMES].sort());
    const exports = filesNamed("app/api/organizers", "route.ts").map(
      (file) => `/api/organizers/${path.posix.dirname(file)}`,
    );
    expect(exports.sort()).toEqual([...ORGANIZER_EXPORT_PATHS].sort());
  });

  for (const locale of routing.locales) {
    for (const pathname of ORGANIZER_PATHNAMES) {
      test(`${localized(locale, pathname)} sends an anonymous visitor to sign in`, async ({ request }) => {
        for (const cookie of [undefined, `${SESSION_COOKIE}=forged-or-expired-token-000000000000000000000`]) {
          const response = await request.get(localized(locale, pathname), {
            maxRedirects: 0,
            headers: cookie ? { cookie } : {},
          });
          expect(response.status()).toBe(307);
          expect(new URL(response.headers().location!, "http://x").pathname).toBe(signInPath(locale));
        }
      });
    }
  }

  for (const exportPath of ORGANIZER_EXPORT_PATHS) {
    test(`${exportPath} refuses an anonymous download`, async ({ request }) => {
      for (const query of ["", "?by=state&format=csv", "?format=json&by=day&from=2026-01-01&to=2026-12-31"]) {
        const response = await request.get(`${exportPath}${query}`, { maxRedirects: 0 });
        expect(response.status()).toBe(401);
        expect(response.headers()["content-disposition"]).toBeUndefined();
      }
    });

    test(`${exportPath} sends an anonymous browser to sign in`, async ({ page }) => {
      await page.goto(`${exportPath}?by=state&lang=en`);
      await expect(page).toHaveURL(/\/en\/organizers\/sign-in$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organizer sign-in");
    });
  }

  test("every organizer form, replayed without a session, is sent to sign in and changes nothing", async ({
    page,
    playwright,
    baseURL,
  }) => {
    await signIn(page);
    // Each form on each organizer page, as the browser would post it without JavaScript.
    const forms: { url: string; fields: [string, string][] }[] = [];
    for (const pathname of ORGANIZER_PATHNAMES) {
      await page.goto(localized("es", pathname));
      const found = await page
        .locator("form[method='POST' i], form[method='post' i]")
        .evaluateAll((elements) =>
          elements.map((form) =>
            [...new FormData(form as HTMLFormElement).entries()].map(
              ([name, value]) => [name, typeof value === "string" ? value : ""] as [string, string],
            ),
          ),
        );
      for (const fields of found) forms.push({ url: localized("es", pathname), fields });
    }
    // At least: sign-out on every page, settings, and the abuse tools.
    expect(forms.length).toBeGreaterThanOrEqual(ORGANIZER_PATHNAMES.length + 2);
    expect(forms.every((form) => form.fields.some(([name]) => name.startsWith("$ACTION")))).toBe(true);

    const database = new pg.Client({ connectionString: e2eDatabaseUrl() });
    await database.connect();
    const snapshot = async () =>
      (
        await database.query<{ state: string }>(`
          SELECT json_build_object(
            'settings', (SELECT json_agg(s ORDER BY key) FROM campaign_setting s),
            'invalidations', (SELECT count(*) FROM signature_invalidation),
            'statuses', (SELECT json_agg(x) FROM (SELECT status, count(*) FROM signature GROUP BY 1 ORDER BY 1) x),
            'exports', (SELECT count(*) FROM export_log),
            'sessions', (SELECT count(*) FROM organizer_session))::text AS state`)
      ).rows[0]!.state;
    const before = await snapshot();

    const anonymous = await playwright.request.newContext({ baseURL });
    for (const form of forms) {
      // Change what a form would change, so an action that ran would show in the snapshot.
      const multipart = Object.fromEntries(
        form.fields.map(([name, value]) => [name, name === "target" ? "777" : value]),
      );
      const response = await anonymous.post(form.url, {
        multipart,
        headers: { origin: baseURL! },
        maxRedirects: 0,
      });
      expect(response.status(), `${form.url} ${Object.keys(multipart).join(",")}`).toBe(303);
      expect(new URL(response.headers().location!, baseURL).pathname).toBe(signInPath("es"));
    }
    await anonymous.dispose();

    expect(await snapshot()).toBe(before);
    await database.end();
  });
});
