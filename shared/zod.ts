/**
 * zod, configured once for client and server. Every module takes `z` from here, never from 'zod'
 * (eslint enforces it), so the configuration below runs before any schema is built.
 */
import { z } from 'zod'

// zod v4 probes for `new Function` the first time it builds an object schema, to compile faster
// parsers. Under our CSP ('unsafe-eval' is not allowed) the probe fails quietly but still reports a
// `securitypolicyviolation` on every page (AC25). jitless skips the probe; parsing stays correct.
// NOTE: the setting is read when a schema is built, not when it parses: it must run first.
z.config({ jitless: true })

/** zod's namespace, with the project's configuration applied. */
export { z }
