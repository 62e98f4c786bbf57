import { describe, expect, it } from 'vitest'
import { distributionOf, percentile, pool } from '../../../bench/report/statistics.ts'
import { ratioToBestPeer } from '../../../bench/scenarios/scenario.ts'
import { bytesFromStatus, cpuSecondsFromStat } from '../../../bench/servers/procStats.ts'

describe('bench figures', () => {
  it('reads CPU time from a stat line whose command name holds spaces and parentheses', () => {
    // Fields 14 and 15 (utime, stime) are 250 and 50 ticks.
    const stat = '4242 (node (my server)) S 1 4242 4242 0 -1 4194560 900 0 0 0 250 50 0 0 20 0 11 0 100 0'
    expect(cpuSecondsFromStat(stat, 100)).toBe(3)
  })

  it('reads a memory field of /proc status in bytes, and NaN when it is missing', () => {
    const status = 'Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n'
    expect(bytesFromStatus(status, 'VmRSS')).toBe(102_400 * 1024)
    expect(bytesFromStatus(status, 'VmHWM')).toBe(204_800 * 1024)
    expect(bytesFromStatus(status, 'VmSwap')).toBeNaN()
  })

  it('takes percentiles by nearest rank, whatever order the samples come in', () => {
    const samples = Array.from({ length: 100 }, (_, index) => 100 - index)
    expect(distributionOf(samples)).toEqual({ count: 100, p50: 50, p99: 99, max: 100 })
    expect(percentile(Float64Array.from([7]), 0.99)).toBe(7)
    expect(distributionOf([]).p50).toBeNaN()
  })

  it('pools the samples of several trials', () => {
    expect(Array.from(pool([Float64Array.from([1, 2]), [3]]))).toEqual([1, 2, 3])
  })

  it('divides our figure by the better peer figure, on our row only', () => {
    const rows = [
      { kind: 'debate-board', cpu: 30 },
      { kind: 'y-websocket', cpu: 20 },
      { kind: 'hocuspocus', cpu: 40 },
    ]
    const [ours, yWebsocket] = rows
    expect(ratioToBestPeer(rows, ours!, (row) => row.cpu)).toBe('1.50x')
    expect(ratioToBestPeer(rows, yWebsocket!, (row) => row.cpu)).toBe('')
    expect(ratioToBestPeer([ours!], ours!, (row) => row.cpu)).toBe('n/a')
  })
})
