/**
 * `npx tsx bench/profileTop.ts <file.cpuprofile> [count]`: where a V8 CPU profile spent its time,
 * without a browser. Prints self time by package or source folder, then the functions with the
 * most self time. See bench/README.md for recording a profile of a benchmarked server.
 */
import fs from 'node:fs'
import { write } from './report/table.ts'

/** file:// URL of the repository, to show our own files by their path in it. */
const ROOT_URL = new URL('..', import.meta.url).href
const IDLE = '(idle)'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}

interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** "socket.io", "server/rooms", "node:internal", or "(garbage collector)" and friends. */
function groupOf({ callFrame: { url, functionName } }: ProfileNode): string {
  if (!url) return functionName || '(anonymous)'
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1]
  if (pkg) return pkg
  if (url.startsWith('node:')) return 'node (built-in modules)'
  if (!url.startsWith(ROOT_URL)) return url
  return url.slice(ROOT_URL.length).split('/').slice(0, 2).join('/')
}

function functionOf({ callFrame: { url, functionName, lineNumber } }: ProfileNode): string {
  const path = url.replace(/^.*node_modules\//, '').replace(ROOT_URL, '')
  const where = url ? ` ${path}:${lineNumber + 1}` : ''
  return `${functionName || '(anonymous)'}${where}`
}

/** Milliseconds of self time per key. */
function selfTimes(profile: CpuProfile, key: (node: ProfileNode) => string): Map<string, number> {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const times = new Map<string, number>()
  profile.samples.forEach((id, index) => {
    const node = nodes.get(id)
    // A sample's time is the gap to the next one (microseconds).
    const micros = profile.timeDeltas[index + 1] ?? 0
    if (node) times.set(key(node), (times.get(key(node)) ?? 0) + micros / 1_000)
  })
  return times
}

function printTop(title: string, times: Map<string, number>, total: number, count: number) {
  write()
  write(title)
  const rows = [...times].sort((a, b) => b[1] - a[1]).slice(0, count)
  for (const [name, ms] of rows) {
    write(`${ms.toFixed(0).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${name}`)
  }
}

function main() {
  const [file, countArg] = process.argv.slice(2)
  if (!file) throw new Error('usage: npx tsx bench/profileTop.ts <file.cpuprofile> [count]')
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile
  const count = Number(countArg ?? 25)
  const byGroup = selfTimes(profile, groupOf)
  const idle = byGroup.get(IDLE) ?? 0
  byGroup.delete(IDLE)
  const byFunction = selfTimes(profile, functionOf)
  byFunction.delete(IDLE)
  // Shares are of the busy time: an idle server would otherwise look cheap everywhere.
  const busy = [...byGroup.values()].reduce((sum, ms) => sum + ms, 0)
  write(`${file}: ${busy.toFixed(0)} ms busy, ${idle.toFixed(0)} ms idle`)
  printTop('Self time by package or folder (% of busy time)', byGroup, busy, count)
  printTop('Self time by function (% of busy time)', byFunction, busy, count)
}

main()
