// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { keyTargetOf, shortcutFor } from '../../../client/canvas/shortcuts.ts'

const SVG = 'http://www.w3.org/2000/svg'

/** A page with a reader holding a highlight and a canvas holding a card, its text and a link. */
function makePage() {
  document.body.innerHTML = `
    <section data-testid="reader"><mark role="button" tabindex="0">quote</mark><input /></section>
    <div data-testid="canvas">
      <div class="react-flow__node" tabindex="0"><textarea data-testid="card-text"></textarea></div>
    </div>`
  const canvas = document.querySelector('[data-testid="canvas"]')!
  const link = canvas
    .appendChild(document.createElementNS(SVG, 'svg'))
    .appendChild(document.createElementNS(SVG, 'g'))
  const find = (selector: string) => document.querySelector(selector)!
  return { canvas, link, find }
}

const backspace = { key: 'Backspace', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false }

afterEach(() => document.body.replaceChildren())

describe('keyTargetOf', () => {
  it('tells the canvas and the bare page apart from the reader and from fields', () => {
    const { canvas, link, find } = makePage()
    expect(keyTargetOf(find('.react-flow__node'), canvas)).toBe('canvas')
    expect(keyTargetOf(link, canvas)).toBe('canvas')
    expect(keyTargetOf(document.body, canvas)).toBe('canvas')
    expect(keyTargetOf(find('mark'), canvas)).toBe('other')
    expect(keyTargetOf(find('input'), canvas)).toBe('field')
    expect(keyTargetOf(find('textarea'), canvas)).toBe('card-text')
  })

  it('lets Backspace delete the selection from a focused card but not from a highlight in the reader', () => {
    const { canvas, find } = makePage()
    expect(shortcutFor(backspace, keyTargetOf(find('.react-flow__node'), canvas))).toBe('delete')
    expect(shortcutFor(backspace, keyTargetOf(find('mark'), canvas))).toBeNull()
  })
})
