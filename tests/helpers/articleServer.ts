/** A local web server for URL-import tests: routes by path, records every request it gets, closes after the test. */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { registerCleanup } from './cleanup.ts'

/** What the server answers on one path. */
export type ArticleRoute = (req: http.IncomingMessage, res: http.ServerResponse) => void

export interface ArticleServer {
  /** `http://127.0.0.1:<port>` */
  origin: string
  port: number
  /** Every request received, in order: path and Host header. */
  requests: { path: string; host: string | undefined }[]
}

/** Starts a server on 127.0.0.1 and a random port; paths not in `routes` answer 404. */
export async function startArticleServer(routes: Record<string, ArticleRoute>): Promise<ArticleServer> {
  const requests: ArticleServer['requests'] = []
  const server = http.createServer((req, res) => {
    requests.push({ path: req.url ?? '', host: req.headers.host })
    const route = routes[req.url ?? '']
    if (route) return route(req, res)
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not here')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  registerCleanup(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  )
  const { port } = server.address() as AddressInfo
  return { origin: `http://127.0.0.1:${port}`, port, requests }
}

/** A route answering `body` with `contentType`. */
export function serve(contentType: string, body: string | Buffer): ArticleRoute {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) }).end(body)
  }
}

/** A route redirecting to `location`. */
export function redirectTo(location: string, status = 302): ArticleRoute {
  return (_req, res) => {
    res.writeHead(status, { location }).end()
  }
}
