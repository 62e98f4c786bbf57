/**
 * Preloaded (`node --import`) into every benchmarked server, ours and the peers alike: answers the
 * bench's IPC question "memory?" with process.memoryUsage() after full garbage collections, so the
 * heap per connection can be compared without touching any server's code; and ends the server when
 * the bench is gone.
 */
const settle = () => new Promise((resolve) => setImmediate(resolve))

async function settledMemory() {
  const gc = globalThis.gc
  if (gc) {
    // Pending callbacks (socket teardown, timers) release what they hold between collections.
    for (let round = 0; round < 4; round++) {
      await settle()
      gc()
    }
  }
  return process.memoryUsage()
}

if (process.send) {
  process.on('message', (message) => {
    if (message?.type !== 'memory') return
    void settledMemory().then((memory) =>
      process.send?.({ type: 'memory', id: message.id, memory, gcExposed: Boolean(globalThis.gc) }),
    )
  })
  // The channel must not keep a server alive that would otherwise exit, nor change how it stops.
  process.channel?.unref()
  // A bench that died without stopping its servers (a crash, a kill) leaves none running behind it.
  process.on('disconnect', () => process.exit(0))
}
