/** HTTP hardening shared by every route: security headers with a strict CSP, and closed-by-default CORS. */
import type { RequestHandler } from 'express'
import helmet from 'helmet'

/**
 * The Content-Security-Policy of every response. The built client loads only its own module scripts
 * (no inline script); 'unsafe-inline' styles are needed because React Flow positions nodes with
 * style attributes. No `upgrade-insecure-requests`: the app is often served over plain http on a LAN.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'", 'ws:', 'wss:'],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
} as const

/** helmet with our CSP and its other defaults (nosniff, no-referrer, frame and opener isolation). */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: Object.fromEntries(
        Object.entries(CONTENT_SECURITY_POLICY).map(([name, values]) => [name, [...values]]),
      ),
    },
  })
}

/**
 * CORS: no Access-Control-Allow-Origin at all unless the request's Origin is one of `origins`
 * (CORS_ORIGINS), so other sites cannot read the API from a visitor's browser.
 */
export function corsFor(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins)
  return (req, res, next) => {
    const origin = req.get('origin')
    if (allowed.size > 0) res.vary('Origin')
    if (origin === undefined || !allowed.has(origin)) {
      next()
      return
    }
    res.set('Access-Control-Allow-Origin', origin)
    if (req.method !== 'OPTIONS') {
      next()
      return
    }
    res.set('Access-Control-Allow-Methods', 'GET, POST')
    res.set('Access-Control-Allow-Headers', 'Content-Type, Authorization')
    res.set('Access-Control-Max-Age', '600')
    res.status(204).end()
  }
}
