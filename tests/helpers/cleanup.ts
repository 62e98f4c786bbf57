/**
 * Teardown registered by the factories that create things (servers, clients, browsers): after the
 * test that created them, or after the file when they were created in beforeAll.
 */
import { afterAll, afterEach, expect } from 'vitest'

const testCleanups: (() => unknown)[] = []
const fileCleanups: (() => unknown)[] = []

async function runAll(cleanups: (() => unknown)[]) {
  while (cleanups.length > 0) await cleanups.pop()!()
}

afterEach(() => runAll(testCleanups))
afterAll(() => runAll(fileCleanups))

/** When a cleanup runs: after the current test, or after the whole file. */
export type CleanupScope = 'test' | 'file'

/** The scope things created now belong to: the test, or the file when called from beforeAll. */
export function currentScope(): CleanupScope {
  return expect.getState().currentTestName !== undefined ? 'test' : 'file'
}

/** Runs `cleanup` at the end of `scope` (by default the current one), last registered first. */
export function registerCleanup(cleanup: () => unknown, scope: CleanupScope = currentScope()): void {
  ;(scope === 'test' ? testCleanups : fileCleanups).push(cleanup)
}
