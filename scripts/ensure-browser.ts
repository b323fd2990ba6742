// Run first by `npm run test:e2e`: finds the browser the end-to-end tests drive, or installs
// one (see scripts/browser.ts for the order), and stops the run with one sentence otherwise.
//
//   tsx scripts/ensure-browser.ts
import { findOrInstallChromiumHere } from "./find-browser";

const choice = await findOrInstallChromiumHere((line) => console.log(line));

switch (choice.kind) {
  case "system-chromium":
    console.log(`End-to-end tests use ${choice.executablePath}.`);
    break;
  case "playwright-chromium":
    console.log("End-to-end tests use Playwright's Chromium.");
    break;
  case "none":
    console.error(`\n  ${choice.advice}\n`);
    process.exit(1);
}
