import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readSources } from '../../../shared/board/accessors.ts'
import { addArticle } from '../../../client/sources/addArticle.ts'
import { createUndoManager } from '../../../client/sync/undo.ts'

describe('adding an article to the board document', () => {
  it('stores the text byte for byte with who added it, and returns its id', () => {
    const doc = new Y.Doc()
    const text = '  第一段。\r\n第二段 📈\n\n'
    const id = addArticle(doc, { title: 'Title', language: 'zh-Hans', text }, 'Ada')
    expect(readSources(doc)).toMatchObject([
      { id, title: 'Title', language: 'zh-Hans', text, addedBy: 'Ada' },
    ])
  })

  it('keeps the article off the undo stack, so undo never strands the cards that quote it', () => {
    const doc = new Y.Doc()
    const undoManager = createUndoManager(doc)
    addArticle(doc, { title: 'Title', language: 'en', text: 'Text.' }, 'Ada')
    expect(undoManager.canUndo()).toBe(false)
    expect(readSources(doc)).toHaveLength(1)
  })
})
