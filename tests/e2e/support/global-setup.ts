import { fakeResendUrl } from "../../../playwright.config";
import { startFakeResend } from "../../support/fake-resend";

export default async function globalSetup() {
  const fake = await startFakeResend(Number(new URL(fakeResendUrl).port));
  return () => fake.close();
}
