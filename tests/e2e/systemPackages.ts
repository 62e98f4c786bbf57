/** Installs the Debian packages the browser tests need, when they are missing: Chromium and CJK fonts. */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

export const CHROMIUM_PATH = '/usr/bin/chromium'

function isInstalled(pkg: string): boolean {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).includes(
      'install ok installed',
    )
  } catch {
    return false
  }
}

/** Makes sure Debian's chromium and fonts-noto-cjk are installed, installing them with apt-get if not. */
export function ensureBrowserPackages(log: (message: string) => void): void {
  const missing = ['chromium', 'fonts-noto-cjk'].filter((pkg) => !isInstalled(pkg))
  if (missing.length === 0 && fs.existsSync(CHROMIUM_PATH)) return
  if (process.getuid?.() !== 0) {
    throw new Error(
      `The browser tests need ${missing.join(', ')}: run 'sudo apt-get install -y ${missing.join(' ')}'.`,
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
