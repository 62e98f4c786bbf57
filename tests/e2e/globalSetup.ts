/** Before the browser tests: Chromium and fonts installed, the client built. */
import { ensureClientBuild } from '../../server/http/clientBuild.ts'
import { ensureBrowserPackages } from './systemPackages.ts'

const log = (message: string) => process.stdout.write(`[e2e setup] ${message}\n`)

export default async function setup(): Promise<void> {
  ensureBrowserPackages(log)
  await ensureClientBuild(log)
}
