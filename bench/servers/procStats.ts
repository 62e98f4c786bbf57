/**
 * What the kernel says about a process, read from /proc (Linux only): CPU time and resident memory.
 * Reading from outside means every server is measured the same way, whatever it runs on.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

/** Clock ticks per second of utime/stime (getconf CLK_TCK; 100 on nearly every Linux). */
const TICKS_PER_SECOND = readTicksPerSecond()

function readTicksPerSecond(): number {
  const result = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })
  const ticks = Number.parseInt(result.stdout ?? '', 10)
  return Number.isFinite(ticks) && ticks > 0 ? ticks : 100
}

/** Whether /proc can be read here; without it CPU and RSS columns read n/a. */
export function hasProcFs(): boolean {
  return fs.existsSync('/proc/self/stat')
}

/** User plus system CPU seconds the process has used since it started (all its threads). */
export function cpuSeconds(pid: number): number {
  const stat = readProcFile(pid, 'stat')
  return stat === undefined ? Number.NaN : cpuSecondsFromStat(stat)
}

/** utime + stime of a /proc/<pid>/stat line, in seconds. */
export function cpuSecondsFromStat(stat: string, ticksPerSecond = TICKS_PER_SECOND): number {
  // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // utime and stime are fields 14 and 15 of the whole line, so 11 and 12 after the name (0-based).
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond
}

/** Resident set size in bytes (VmRSS), or NaN once the process is gone. */
export function rssBytes(pid: number): number {
  return bytesFromStatus(readProcFile(pid, 'status') ?? '', 'VmRSS')
}

/** The highest resident set size the process has had, in bytes (VmHWM). */
export function peakRssBytes(pid: number): number {
  return bytesFromStatus(readProcFile(pid, 'status') ?? '', 'VmHWM')
}

/** A "Name:   1234 kB" field of /proc/<pid>/status, in bytes; NaN when absent. */
export function bytesFromStatus(status: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)
  return match?.[1] ? Number(match[1]) * 1024 : Number.NaN
}

function readProcFile(pid: number, file: 'stat' | 'status'): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8')
  } catch {
    return undefined
  }
}
