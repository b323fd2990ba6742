// The petition's dates are enforced, not only shown: outside them nothing is signed,
// confirmed or renewed, and people are told so in their language.
import { campaignDay } from "../../../lib/campaign-time";
import { expect, test } from "../support/fixtures";
import { emailsTo, linkIn, uniqueEmail } from "../support/mailbox";
import { petitionFormFields, postForm, signatureFields } from "../support/native-form";
import { signIn } from "./sign-in-helpers";

// A day on Mexico City's calendar, where the petition's dates are kept: from midnight to
// 06:00 UTC the UTC date is already the next day there, and "closed yesterday" would be today.
function isoDay(offsetDays: number): string {
  return campaignDay(new Date(Date.now() + offsetDays * 86_400_000));
}

test("refuses to sign or confirm after the petition closes, and before it opens", async ({ page }) => {
  // Three settings changes, each waited for on prerendered pages that refresh in the
  // background: more than the default 30 s on a busy two-core machine.
  test.setTimeout(90_000);
  // Collected while the form is still on the page: a script can post them at any time.
  const hidden = await petitionFormFields();
  const pendingEmail = uniqueEmail("late");
  expect((await postForm(signatureFields(hidden, { email: pendingEmail }))).status).toBe(303);
  const [confirmation] = await emailsTo(pendingEmail);
  const confirmUrl = linkIn(confirmation!, /http:\/\/localhost:\d+\/es\/confirmar\/[A-Za-z0-9_-]{43}/);

  const setDates = async (opensAt: string, closesAt: string) => {
    await page.goto("/es/organizadores/ajustes");
    await page.getByLabel("Abre el").fill(opensAt);
    await page.getByLabel("Cierra el").fill(closesAt);
    await page.getByRole("button", { name: "Guardar ajustes" }).click();
    await expect(page.getByText("Ajustes guardados. El sitio ya los muestra.")).toBeVisible();
  };

  await signIn(page);
  try {
    await setDates(isoDay(-30), isoDay(-1));
    await expect(async () => {
      await page.goto("/es/firmar");
      await expect(page.getByRole("heading", { name: "La petición ya cerró" })).toBeVisible({
        timeout: 1000,
      });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByRole("button", { name: "Firmar" })).toHaveCount(0);

    const lateEmail = uniqueEmail("closed");
    const refused = await postForm(signatureFields(hidden, { email: lateEmail }));
    expect(refused.status).toBe(200);
    expect(refused.body).toContain("La petición ya cerró");

    await page.goto(confirmUrl);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("La petición ya cerró");
    await expect(page.getByRole("button", { name: "Confirmar mi firma" })).toHaveCount(0);

    await setDates(isoDay(2), isoDay(30));
    await expect(async () => {
      await page.goto("/en/sign");
      await expect(page.getByRole("heading", { name: "The petition is not open yet" })).toBeVisible({
        timeout: 1000,
      });
    }).toPass({ timeout: 20_000 });
  } finally {
    await setDates("", "");
  }
  // The prerendered forms may serve one stale view while they rebuild: wait until both are
  // open again, so the tests that follow find a petition that takes signatures.
  for (const [path, button] of [
    ["/es/firmar", "Firmar"],
    ["/en/sign", "Sign"],
  ] as const) {
    await expect(async () => {
      await page.goto(path);
      await expect(page.getByRole("button", { name: button, exact: true })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
  }

  // Open again: the link that waited confirms.
  await page.goto(confirmUrl);
  await page.getByRole("button", { name: "Confirmar mi firma" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("¡Gracias! Tu firma ya cuenta");
});
