/**
 * Fetches a server-made export with the board's token as a Bearer token, counting the bytes as they
 * come; a refusal becomes a BoardError carrying the server's own message.
 */
import { bearer, errorOf, fetchApi } from '../http/request.ts'

export interface FetchExportOptions {
  token: string | undefined
  signal: AbortSignal
  onProgress(received: number, total: number | undefined): void
}

export async function fetchExport(path: string, options: FetchExportOptions): Promise<Blob> {
  const response = await fetchApi(path, { headers: bearer(options.token), signal: options.signal })
  if (!response.ok) throw await errorOf(response)
  return readCounting(response, options.onProgress)
}

/** The body as a Blob, telling `onProgress` after every chunk. */
async function readCounting(response: Response, onProgress: FetchExportOptions['onProgress']): Promise<Blob> {
  const type = response.headers.get('Content-Type') ?? ''
  const length = Number(response.headers.get('Content-Length'))
  const total = Number.isFinite(length) && length > 0 ? length : undefined
  if (!response.body) return response.blob()
  const reader = response.body.getReader()
  const chunks: Uint8Array<ArrayBuffer>[] = []
  let received = 0
  onProgress(0, total)
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    received += value.byteLength
    onProgress(received, total)
  }
  return new Blob(chunks, { type })
}
