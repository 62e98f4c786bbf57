/**
 * The real remote address of a request. X-Forwarded-For is read only when the server is told it
 * sits behind `trustProxyHops` proxies (off by default), with the same rule as express' numeric
 * `trust proxy`: each trusted hop peels one address off the right of the header.
 */
import type http from 'node:http'

/** The client's address: the socket's peer, or the address the `hops` nearest proxies report. */
export function remoteAddressOf(request: http.IncomingMessage, trustProxyHops: number): string {
  const peer = request.socket.remoteAddress ?? 'unknown'
  if (trustProxyHops <= 0) return peer
  const header = request.headers['x-forwarded-for']
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
  // Nearest first: the peer, then the header from right to left.
  const chain = [peer, ...forwarded.reverse()]
  return chain[Math.min(trustProxyHops, chain.length - 1)]!
}
