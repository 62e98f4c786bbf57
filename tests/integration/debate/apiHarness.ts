/** HTTP calls of the debate endpoints (formats, groups, dashboard), with or without a bearer token. */
import { startTestServer, type TestServer } from '../../helpers/testServer.ts'

/** A server whose boards-per-address limit does not stop a file of tests creating boards. */
export function startDebateServer(): Promise<TestServer> {
  return startTestServer({ limits: { boardsPerIpPerHour: 10_000 } })
}

/** A request to `path` on the server, JSON in and out, with `token` as the bearer when given. */
export function callApi(
  server: { url: string },
  path: string,
  options: { method?: 'GET' | 'POST'; token?: string; body?: unknown } = {},
): Promise<Response> {
  const headers: Record<string, string> = {}
  if (options.token) headers.authorization = `Bearer ${options.token}`
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  return fetch(`${server.url}${path}`, {
    method: options.method ?? 'GET',
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  })
}

/** The JSON of a response that must have `status`; its text otherwise, in the failure. */
export async function jsonOf<T>(response: Response, status: number): Promise<T> {
  const text = await response.text()
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${text}`)
  return JSON.parse(text) as T
}
