/** This process's CPU time, for the worker's own share of a window. */

/** CPU seconds (user and system) this process used since `before`, a process.cpuUsage() reading. */
export function cpuSecondsSince(before: NodeJS.CpuUsage): number {
  const cpu = process.cpuUsage(before)
  return (cpu.user + cpu.system) / 1e6
}
