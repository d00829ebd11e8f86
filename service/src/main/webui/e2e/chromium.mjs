// The headless Debian chromium both page tests drive (CHROMIUM overrides the path), with the
// switches that keep it off the network and quiet on a CI machine.
import { chromium } from "playwright-core";

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--disable-quic", "--no-first-run"],
  });
}
