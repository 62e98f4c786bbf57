/**
 * `npm start`'s entry (node dist/server/main.js): keeps V8's young generation small while the server
 * loads, then runs runServer.ts.
 *
 * Loading the server's modules allocates about 16 MB that all survive (code, schemas, routes). V8
 * reads survivors as a sign of a busy program and grows its young generation from 2 to 32 MB; the
 * idle server then holds ~10 MB of empty nursery pages until V8's memory reducer gives them back,
 * some 9 s later. Start-up's objects are long-lived, so a larger nursery buys nothing there: growth
 * is held off until the server listens, then allowed again for the traffic that follows.
 */
import v8 from 'node:v8'

/** V8's default factor by which the young generation grows (`node --v8-options`). */
const DEFAULT_GROWTH_FACTOR = 2

v8.setFlagsFromString('--semi-space-growth-factor=1')
// import(), not a static import: a static one would load every module before the line above runs.
const { runServer } = await import('./runServer.ts')
await runServer()
v8.setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH_FACTOR}`)
