/**
 * Fetches a web page for import without letting the URL aim the server at its own network (SSRF):
 * http(s) only; the host resolved once and every address it resolves to checked by the address policy;
 * the connection made to that checked address (pinned through the agent's `lookup`, so a second DNS
 * answer cannot rebind it); every redirect checked the same way (at most 5); one deadline for the whole
 * exchange; the body streamed under a size cap, decompressed bodies included; the content type checked
 * before the body is read.
 */
import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import { Readable } from 'node:stream'
import zlib from 'node:zlib'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import { allowListKey, judgeAddress, parseAddress } from './addressPolicy.ts'
import { ACCEPTED_MEDIA_TYPES, mediaTypeOf } from './articleKind.ts'

/** Resolves a host name to every address it has, as `dns.promises.lookup(host, { all: true })` does. */
export type Resolver = (hostname: string) => Promise<readonly { address: string; family: number }[]>

/** The system resolver, asked for every address (IPv4 and IPv6) in the order it gives them. */
export const systemResolver: Resolver = (hostname) =>
  dns.promises.lookup(hostname, { all: true, verbatim: true })

export interface FetchSettings {
  /** `allowListKey`s of `host:port` pairs that may be fetched even though they are not public. */
  allowHosts: ReadonlySet<string>
  maxBytes: number
  /** For the whole fetch: resolving, connecting, redirects and the body. */
  timeoutMs: number
  maxRedirects: number
  resolve: Resolver
}

/** The limits the issue sets: 5 MB, 10 s, 5 redirects, no private address allowed. */
export const DEFAULT_FETCH_SETTINGS: FetchSettings = {
  allowHosts: new Set(),
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 10_000,
  maxRedirects: 5,
  resolve: systemResolver,
}

/** A fetched page: where it finally came from (after redirects), its declared type and its body. */
export interface FetchedPage {
  url: string
  contentType: string
  bytes: Buffer
}

interface Target {
  url: URL
  /** The host without IPv6 brackets. */
  host: string
  port: number
}

interface Pinned {
  address: string
  family: number
}

const USER_AGENT = 'DebateBoard/0.1 (article import)'
const REDIRECTS = new Set([301, 302, 303, 307, 308])

/** Fetches `rawUrl` under `settings`; throws a BoardError with a code for every refusal or failure. */
export async function fetchArticle(rawUrl: string, settings: FetchSettings): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(settings.timeoutMs)
  try {
    return await followRedirects(targetOf(rawUrl), settings, signal)
  } catch (error) {
    if (signal.aborted)
      throw new BoardError(
        ErrorCode.FetchTimeout,
        `The page did not arrive within ${Math.round(settings.timeoutMs / 100) / 10} seconds.`,
      )
    if (error instanceof BoardError) throw error
    throw new BoardError(ErrorCode.FetchFailed, `The page could not be fetched (${networkReason(error)}).`)
  }
}

async function followRedirects(first: Target, settings: FetchSettings, signal: AbortSignal) {
  let target = first
  for (let redirects = 0; ; redirects++) {
    const pinned = await pinAddress(target, settings, signal)
    const response = await request(target, pinned, signal)
    const location = REDIRECTS.has(response.statusCode ?? 0) ? response.headers.location : undefined
    if (location === undefined) return readPage(target, response, settings.maxBytes)
    response.destroy()
    if (redirects >= settings.maxRedirects)
      throw new BoardError(
        ErrorCode.FetchFailed,
        `The page redirected more than ${settings.maxRedirects} times.`,
      )
    target = targetOf(new URL(location, target.url).href)
  }
}

/** The parsed URL, refused unless it is http(s) without credentials. */
function targetOf(rawUrl: string): Target {
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    throw new BoardError(
      ErrorCode.BadRequest,
      'This is not a web address. Copy the whole link, https:// included.',
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new BoardError(ErrorCode.UrlRefused, 'Only http:// and https:// pages can be imported.')
  if (url.username || url.password)
    throw new BoardError(ErrorCode.UrlRefused, 'Links with a user name or password in them are not imported.')
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80
  return { url, host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port }
}

/**
 * Resolves the host (a literal address stands for itself; the URL parser has already turned forms
 * like `2130706433` or `0x7f.1` into dotted ones) and checks every address; the first is the one used.
 */
async function pinAddress(target: Target, settings: FetchSettings, signal: AbortSignal): Promise<Pinned> {
  const literal = parseAddress(target.host)
  const addresses = literal
    ? [{ address: target.host, family: literal.kind() === 'ipv6' ? 6 : 4 }]
    : await abortable(resolveHost(target.host, settings.resolve), signal)
  const hostAllowed = settings.allowHosts.has(allowListKey(target.host, target.port))
  for (const { address } of addresses) {
    const verdict = judgeAddress(address)
    if (verdict.allowed || hostAllowed || settings.allowHosts.has(allowListKey(address, target.port)))
      continue
    throw new BoardError(
      ErrorCode.UrlRefused,
      `${target.host} leads to an address the server does not fetch from (${verdict.range}); ` +
        'only pages on the public internet can be imported.',
    )
  }
  return addresses[0]!
}

async function resolveHost(host: string, resolve: Resolver) {
  let addresses: readonly Pinned[]
  try {
    addresses = await resolve(host)
  } catch {
    addresses = []
  }
  if (addresses.length === 0)
    throw new BoardError(ErrorCode.FetchFailed, `The address ${host} could not be found. Check the link.`)
  return addresses
}

function request(target: Target, pinned: Pinned, signal: AbortSignal): Promise<http.IncomingMessage> {
  // Every connection goes to the checked address, whatever the system resolver would answer now.
  const lookup = ((_hostname, options, callback) => {
    if (options.all) callback(null, [pinned])
    else callback(null, pinned.address, pinned.family)
  }) as LookupFunction
  const client = target.url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const outgoing = client.request(
      {
        protocol: target.url.protocol,
        hostname: target.host,
        port: target.port,
        path: `${target.url.pathname}${target.url.search}`,
        headers: {
          'user-agent': USER_AGENT,
          accept: `${ACCEPTED_MEDIA_TYPES.join(', ')};q=0.9, */*;q=0.1`,
          'accept-encoding': 'gzip, deflate, br',
        },
        // A fresh connection per request: a pooled one could have been made to another address.
        agent: false,
        lookup,
        signal,
      },
      resolve,
    )
    outgoing.on('error', reject)
    outgoing.end()
  })
}

async function readPage(
  target: Target,
  response: http.IncomingMessage,
  maxBytes: number,
): Promise<FetchedPage> {
  const status = response.statusCode ?? 0
  if (status < 200 || status > 299) {
    response.destroy()
    throw new BoardError(
      ErrorCode.FetchFailed,
      `The page answered ${status} ${response.statusMessage ?? ''}`.trimEnd() + '; check the link.',
    )
  }
  const contentType = response.headers['content-type'] ?? ''
  if (!ACCEPTED_MEDIA_TYPES.includes(mediaTypeOf(contentType))) {
    response.destroy()
    throw new BoardError(
      ErrorCode.UnsupportedType,
      `This link leads to ${mediaTypeOf(contentType) || 'a file of unknown type'}, not to a web page, ` +
        'text, Markdown or PDF.',
    )
  }
  const declared = Number(response.headers['content-length'])
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy()
    throw tooLarge(maxBytes)
  }
  const bytes = await readCapped(decoded(response), maxBytes)
  return { url: target.url.href, contentType, bytes }
}

function decoded(response: http.IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase()
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : undefined
  if (!decoder) return response
  response.on('error', (error) => decoder.destroy(error))
  return response.pipe(decoder)
}

// The cap counts decoded bytes, so a small compressed body cannot unfold into gigabytes.
async function readCapped(body: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.length
    if (total > maxBytes) {
      body.destroy()
      throw tooLarge(maxBytes)
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

function tooLarge(maxBytes: number) {
  const mb = Math.round((maxBytes / (1024 * 1024)) * 10) / 10
  return new BoardError(
    ErrorCode.TooLarge,
    `The page is larger than ${mb} MB; save the part you need and import it as a file.`,
  )
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  signal.throwIfAborted()
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

function networkReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ECONNREFUSED') return 'the server refused the connection'
  if (code === 'ECONNRESET' || code === 'EPIPE') return 'the connection was cut'
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'the server cannot be reached'
  if (typeof code === 'string' && /CERT|SSL|TLS/.test(code)) return 'its HTTPS certificate is not valid'
  return 'the server did not answer properly'
}
