/** "Download CSV": fetches the file with the moderator's token and hands it to the browser to save. */
import { useState } from 'react'
import { fetchDashboardCsv, type CsvLanguage } from '../http/dashboardApi.ts'
import { saveBlob } from '../ui/saveBlob.ts'

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
      saveBlob(blob, fileName)
      setState({ status: 'idle' })
    } catch (error) {
      setState({ status: 'error', error })
    }
  }
  return { state, download }
}
