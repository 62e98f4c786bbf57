/**
 * PNGs of the canvas, drawn in the browser with html-to-image (as React Flow's own "download image"
 * example does): what is on screen, or every node framed at its own scale. White behind, and none of
 * the canvas' tools (controls, minimap, panels) nor other people's cursors.
 */
import { toBlob } from 'html-to-image'
import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import { FRAME_PADDING, wholeBoardFrame } from './imageFrame.ts'

const BACKGROUND = '#ffffff'
/** The on-screen view at twice its CSS pixels, so that its text stays sharp when zoomed into. */
const VIEW_PIXEL_RATIO = 2
const LEFT_OUT = [
  'react-flow__controls',
  'react-flow__minimap',
  'react-flow__panel',
  'react-flow__attribution',
  'peer-cursor',
  // Invisible on screen (a wide transparent stroke to click), but drawn as a black filled shape once copied.
  'react-flow__edge-interaction',
]

/** Whether html-to-image copies `node`: everything but the canvas' tools and the cursors. */
export function isDrawn(node: unknown): boolean {
  const classes = (node as Partial<Element>).classList
  return !classes || !LEFT_OUT.some((name) => classes.contains(name))
}

/** The PNG of what the canvas `root` (the `.react-flow` element) shows now, at its size on screen. */
export async function drawView(root: HTMLElement): Promise<Blob> {
  return encoded(
    await withEdgePaint(root, () =>
      toBlob(root, {
        backgroundColor: BACKGROUND,
        pixelRatio: Math.max(VIEW_PIXEL_RATIO, window.devicePixelRatio || 1),
        filter: isDrawn,
      }),
    ),
  )
}

/** The PNG of every node of the canvas `root`, framed around their bounds whatever the view shows. */
export async function drawWholeBoard(root: HTMLElement, nodes: Node[]): Promise<Blob> {
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport')
  if (!viewport) throw new BoardError(ErrorCode.NotFound, 'no canvas')
  const bounds = getNodesBounds(nodes)
  const padded = {
    x: bounds.x - FRAME_PADDING,
    y: bounds.y - FRAME_PADDING,
    width: bounds.width + 2 * FRAME_PADDING,
    height: bounds.height + 2 * FRAME_PADDING,
  }
  const frame = wholeBoardFrame(bounds)
  // Zoom at most 1: the frame was sized for the board's own scale, smaller only past the size cap.
  const { x, y, zoom } = getViewportForBounds(padded, frame.width, frame.height, 0.01, 1, 0)
  return encoded(
    await withEdgePaint(root, () =>
      toBlob(viewport, {
        backgroundColor: BACKGROUND,
        width: frame.width,
        height: frame.height,
        pixelRatio: frame.pixelRatio,
        filter: isDrawn,
        style: {
          width: `${frame.width}px`,
          height: `${frame.height}px`,
          transform: `translate(${x}px, ${y}px) scale(${zoom})`,
        },
      }),
    ),
  )
}

const PAINT = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray'] as const

/**
 * Runs `draw` with each edge path's paint also written as SVG attributes, then takes them away.
 * NOTE: html-to-image's copy of an SVG path loses the paint its classes give it (the path came out as a
 * black filled shape); attributes travel with the clone, and on screen CSS still wins over them.
 */
async function withEdgePaint<T>(root: HTMLElement, draw: () => Promise<T>): Promise<T> {
  const paths = [...root.querySelectorAll<SVGPathElement>('.react-flow__edges path')]
  for (const path of paths) {
    const style = getComputedStyle(path)
    for (const name of PAINT) path.setAttribute(name, style.getPropertyValue(name))
  }
  try {
    return await draw()
  } finally {
    for (const path of paths) for (const name of PAINT) path.removeAttribute(name)
  }
}

function encoded(blob: Blob | null): Blob {
  if (!blob) throw new BoardError(ErrorCode.Internal, 'the browser could not encode the image')
  return blob
}
