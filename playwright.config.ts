import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";

const port = Number(process.env.E2E_PORT ?? 3210);
// Lets tests see and route what passes through the resident pages' service worker
// (tests/e2e/offline.spec.ts takes the phone offline for it too).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = "1";
// Playwright's own browser download does not work on the project's machines; Debian's
// chromium does (docs/decisions/004-browser-tests-on-system-chromium.md).
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  globalTeardown: "./tests/support/e2e-teardown.ts",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices["Pixel 5"],
    locale: "lv-LV",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "npx tsx tests/support/e2e-server.ts",
    url: `http://127.0.0.1:${port}/`,
    env: { PORT: String(port), NODE_ENV: "production" },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
