// @vitest-environment jsdom
import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EditableMetaField } from '../../../client/board/EditableMetaField.tsx'
import { MetaField } from '../../../client/board/metaDraft.ts'
import { renderInDom, typeInto } from '../../helpers/renderInDom.tsx'

function renderField(field: MetaField, value: string, editable = true) {
  const onSave = vi.fn()
  const { container, find } = renderInDom(
    <EditableMetaField field={field} value={value} editable={editable} onSave={onSave} />,
  )
  return { container, onSave, find }
}

function press(input: HTMLElement, key: string) {
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
  })
}

function startEditing(find: (testId: string) => HTMLElement | null, field: MetaField) {
  act(() => find(`board-${field}`)!.click())
  return find(`board-${field}-input`) as HTMLInputElement
}

afterEach(() => {
  document.body.replaceChildren()
})

describe('EditableMetaField', () => {
  it('saves the trimmed title on Enter and shows text again', () => {
    const { find, onSave } = renderField(MetaField.Title, 'Old title')
    const input = startEditing(find, MetaField.Title)
    expect(input.value).toBe('Old title')
    typeInto(input, '  New title  ')
    press(input, 'Enter')
    expect(onSave).toHaveBeenCalledExactlyOnceWith('New title')
    expect(find('board-title-input')).toBeNull()
  })

  it('puts the old text back on Escape without saving, even as the input loses focus', () => {
    const { find, onSave } = renderField(MetaField.Motion, 'Old motion')
    const input = startEditing(find, MetaField.Motion)
    typeInto(input, 'Discarded')
    press(input, 'Escape')
    act(() => input.blur())
    expect(onSave).not.toHaveBeenCalled()
    expect(find('board-motion')!.textContent).toBe('Old motion')
  })

  it('saves when the input loses focus', () => {
    const { find, onSave } = renderField(MetaField.Motion, '')
    const input = startEditing(find, MetaField.Motion)
    typeInto(input, 'A new motion')
    act(() => input.blur())
    expect(onSave).toHaveBeenCalledExactlyOnceWith('A new motion')
  })

  it('refuses an empty title with a message and keeps editing', () => {
    const { find, onSave } = renderField(MetaField.Title, 'Old title')
    const input = startEditing(find, MetaField.Title)
    typeInto(input, '   ')
    expect(find('board-title-error')).toBeNull()
    press(input, 'Enter')
    expect(onSave).not.toHaveBeenCalled()
    expect(find('board-title-error')!.textContent).toBe('The title cannot be empty.')
    expect(input.getAttribute('aria-invalid')).toBe('true')
  })

  it('says a motion is too long as soon as it is', () => {
    const { find, onSave } = renderField(MetaField.Motion, '')
    const input = startEditing(find, MetaField.Motion)
    typeInto(input, 'm'.repeat(501))
    expect(find('board-motion-error')!.textContent).toBe('At most 500 characters.')
    press(input, 'Enter')
    expect(onSave).not.toHaveBeenCalled()
  })

  it('shows plain text that cannot be edited to someone who is not the moderator', () => {
    const { container, find } = renderField(MetaField.Title, 'The title', false)
    expect(find('board-title')!.tagName).toBe('H1')
    act(() => find('board-title')!.click())
    expect(container.querySelector('input, button')).toBeNull()
  })
})
