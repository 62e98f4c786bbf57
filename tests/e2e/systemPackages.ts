/**
 * Installs the Debian packages the tests need, when they are missing: Chromium and CJK fonts for the
 * browser tests, poppler-utils (`pdftotext`) and the CJK fonts for the PDF export's test.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

export const CHROMIUM_PATH = '/usr/bin/chromium'

/** What the browser tests need; poppler-utils too, so that one set-up serves the PDF checks as well. */
export const BROWSER_PACKAGES = ['chromium', 'fonts-noto-cjk', 'poppler-utils'] as const
/** What reading a PDF back needs: `pdftotext`, and the fonts the server embeds. */
export const PDF_PACKAGES = ['fonts-noto-cjk', 'poppler-utils'] as const

function isInstalled(pkg: string): boolean {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).includes(
      'install ok installed',
    )
  } catch {
    return false
  }
}

/** Makes sure Debian's `packages` are installed, installing the missing ones with apt-get (as root). */
export function ensureDebianPackages(packages: readonly string[], log: (message: string) => void): void {
  const missing = packages.filter((pkg) => !isInstalled(pkg))
  if (missing.length === 0) return
  if (process.getuid?.() !== 0) {
    throw new Error(
      `These tests need ${missing.join(', ')}: run 'sudo apt-get install -y ${missing.join(' ')}'.`,
    )
  }
  log(`installing ${missing.join(', ')} with apt-get…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env,
  })
}

/** Makes sure Debian's chromium, fonts-noto-cjk and poppler-utils are installed. */
export function ensureBrowserPackages(log: (message: string) => void): void {
  ensureDebianPackages(BROWSER_PACKAGES, log)
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`chromium is installed but ${CHROMIUM_PATH} is missing.`)
}
