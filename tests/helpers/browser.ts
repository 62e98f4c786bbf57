/** Headless Debian Chromium through playwright-core, one browser per test file, closed after the test. */
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { CHROMIUM_PATH } from '../e2e/systemPackages.ts'
import { registerCleanup } from './cleanup.ts'

export const ARTIFACTS_DIR = path.resolve('test-artifacts/screenshots')

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']

/** Launches Chromium; it is closed after the current test. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
  registerCleanup(() => browser.close())
  return browser
}

export interface PageOptions {
  locale?: string
  viewport?: { width: number; height: number }
  /** A touch screen, as on a phone (`touchscreen.tap`, touch events). */
  hasTouch?: boolean
  /** A phone browser: the meta viewport is honoured and the pointer is coarse. */
  isMobile?: boolean
}

/** A fresh browser context (its own storage, like a separate person) with one page. */
export async function openPage(
  browser: Browser,
  options: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? { width: 1440, height: 900 },
    hasTouch: options.hasTouch ?? false,
    isMobile: options.isMobile ?? false,
  })
  const page = await context.newPage()
  return { context, page }
}

/** Saves a screenshot under test-artifacts/screenshots (git-ignored). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true })
  const file = path.join(ARTIFACTS_DIR, `${name}.png`)
  await page.screenshot({ path: file })
  return file
}

/**
 * Records every Content-Security-Policy violation a page reports, both ways Chromium reports them: the
 * `securitypolicyviolation` DOM event (fired even when the script swallows the error it causes, as
 * zod's `new Function` probe does) and the console line. Attach before the page navigates.
 */
export async function recordCspViolations(page: Page, violations: string[] = []): Promise<string[]> {
  await page.exposeFunction('__recordCspViolation', (summary: string) => violations.push(summary))
  await page.addInitScript(() => {
    const record = (window as unknown as { __recordCspViolation: (summary: string) => void })
      .__recordCspViolation
    document.addEventListener('securitypolicyviolation', (event) =>
      record(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    )
  })
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy|unsafe-eval/i.test(message.text())) violations.push(message.text())
  })
  return violations
}
