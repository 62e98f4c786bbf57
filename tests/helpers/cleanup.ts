/** Teardown registered by the factories that create things (servers, clients), run after each test. */
import { afterEach } from 'vitest'

const cleanups: (() => unknown)[] = []

afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!()
})

/** Runs `cleanup` after the current test, last registered first. */
export function registerCleanup(cleanup: () => unknown): void {
  cleanups.push(cleanup)
}
