/** "Download CSV": fetches the file with the moderator's token and hands it to the browser to save. */
import { useState } from 'react'
import { fetchDashboardCsv, type CsvLanguage } from '../http/dashboardApi.ts'

export type DownloadState = { status: 'idle' } | { status: 'busy' } | { status: 'error'; error: unknown }

/** The CSV's header language for the UI's language. */
export function csvLanguageOf(language: string): CsvLanguage {
  if (language === 'zh-Hans' || language === 'zh-Hant') return language
  return 'en'
}

export function useCsvDownload(boardId: string, moderatorToken: string | undefined, language: string) {
  const [state, setState] = useState<DownloadState>({ status: 'idle' })
  const download = async () => {
    setState({ status: 'busy' })
    try {
      const { blob, fileName } = await fetchDashboardCsv(boardId, moderatorToken, csvLanguageOf(language))
      saveFile(blob, fileName)
      setState({ status: 'idle' })
    } catch (error) {
      setState({ status: 'error', error })
    }
  }
  return { state, download }
}

/**
 * Saves a blob through a temporary link: the file needs the token in a header, so a plain link to
 * the URL cannot fetch it.
 */
function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // The click has started the download; the URL is no longer needed once it has.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
