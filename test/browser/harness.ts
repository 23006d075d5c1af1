// What the browser tests stand on: the web app built from the current sources, the real
// server (SQLite in a temp folder) serving it on a free port, Debian's Chromium driven by
// playwright-core, axe-core for accessibility, and screenshots kept as test artifacts.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { type RunningServer, startServer } from '../../src/main/server.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const SCREENSHOT_DIR = resolve('test-artifacts/screenshots');

/** Launch flags from docs: no sandbox in containers, nothing phoning home. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestApp {
  server: RunningServer;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Builds web/ into a temp folder (web/dist is left alone), starts the server and a browser. */
export async function startTestApp(): Promise<TestApp> {
  const folder = mkdtempSync(join(tmpdir(), 'runstrong-browser-'));
  const webDir = join(folder, 'web');
  await build({
    configFile: resolve('web/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: webDir, emptyOutDir: true },
  });
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    env: { RUNSTRONG_DATA_DIR: join(folder, 'data') },
    webDir,
  });
  const context = await chromium.launchPersistentContext(join(folder, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    baseURL: server.url,
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    server,
    context,
    page,
    close: async () => {
      await context.close();
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export const haveChromium = (): boolean => existsSync(CHROMIUM_PATH);

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/**
 * A full-page screenshot under test-artifacts/screenshots, after charts and fonts settle. A
 * screen showing a failed load is a failure, not a picture (one such screenshot once went unseen).
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const failed = await page.locator('.state-error').allInnerTexts();
  if (failed.length > 0)
    throw new Error(`${name}: the screen shows an error: ${failed.join(' | ')}`);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
