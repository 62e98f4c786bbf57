/**
 * Runs one export at a time: a server file fetched with the board's token, or a PNG drawn from the
 * canvas; reports each step, saves the result under the board's title, and cancels on request.
 */
import { useEffect, useRef, useState } from 'react'
import { useReactFlow } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import { drawView, drawWholeBoard } from './boardImage.ts'
import { ExportKind, exportFileName, exportPath } from './exportKinds.ts'
import type { ExportState, ExportStep } from './exportProgress.ts'
import { fetchExport } from './fetchExport.ts'
import { refusalReason } from './refusalReason.ts'
import { saveBlob } from '../ui/saveBlob.ts'

export interface BoardExportTarget {
  boardId: string
  title: string
  /** The token this browser opened the board with; none for the demo board. */
  token: string | undefined
}

/** The React Flow canvas of this page (the board has one). */
const canvasRoot = () => document.querySelector<HTMLElement>('[data-testid="canvas"] .react-flow')

export function useBoardExport(target: BoardExportTarget) {
  const { i18n, t } = useTranslation('exports')
  const { t: tCommon } = useTranslation()
  const { getNodes } = useReactFlow()
  const [state, setState] = useState<ExportState>({ status: 'idle' })
  const running = useRef<AbortController | null>(null)
  useEffect(() => () => running.current?.abort(), [])

  const make = async (kind: ExportKind, signal: AbortSignal): Promise<Blob> => {
    const step = (next: ExportStep) => {
      if (!signal.aborted) setState({ status: 'busy', kind, ...next })
    }
    const path = exportPath(target.boardId, kind, i18n.language)
    if (path) {
      const onProgress = (received: number, total: number | undefined) =>
        step({ step: 'download', received, total })
      return fetchExport(path, { token: target.token, signal, onProgress })
    }
    const root = canvasRoot()
    // On a phone the canvas sits behind the Article tab with no size: nothing to draw there.
    if (!root || root.getBoundingClientRect().width === 0) throw new ExportRefusal(t('noCanvas'))
    step({ step: 'render' })
    // Let the step show before html-to-image holds the main thread.
    await new Promise((resolve) => requestAnimationFrame(resolve))
    if (kind === ExportKind.ImageView) return drawView(root)
    const nodes = getNodes()
    if (nodes.length === 0) throw new ExportRefusal(t('emptyBoard'))
    return drawWholeBoard(root, nodes)
  }

  const start = async (kind: ExportKind) => {
    running.current?.abort()
    const controller = new AbortController()
    running.current = controller
    setState({ status: 'busy', kind, step: 'download', received: 0 })
    try {
      const blob = await make(kind, controller.signal)
      if (controller.signal.aborted) return
      const fileName = exportFileName(target.title, kind, target.boardId)
      saveBlob(blob, fileName)
      setState({ status: 'done', kind, fileName })
    } catch (error) {
      if (controller.signal.aborted) return
      setState({ status: 'error', kind, reason: reasonOf(error) })
    } finally {
      if (running.current === controller) running.current = null
    }
  }

  /** Stops the running export; a PNG being encoded finishes in the background and is thrown away. */
  const cancel = () => {
    running.current?.abort()
    running.current = null
    setState({ status: 'idle' })
  }

  const reasonOf = (error: unknown): string =>
    error instanceof ExportRefusal ? error.message : refusalReason(tCommon, error, Boolean(target.token))

  return { state, start: (kind: ExportKind) => void start(kind), cancel }
}

/** A reason already in the UI's words. */
class ExportRefusal extends Error {}
