// What the browser suites (tests/vscode, tests/report) share: how Chromium
// is launched here. Each suite passes its own playwright-core `chromium`
// (this file has no node_modules of its own).

/** The browser: $E2E_CHROMIUM, else Debian's. */
export const chromiumPath = process.env.E2E_CHROMIUM || "/usr/bin/chromium";

/** Headless Chromium with the flags shared/E2E-NOTES.md found to work here
 * (no sandbox as root, no network). */
export function launchChromium(chromium) {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
