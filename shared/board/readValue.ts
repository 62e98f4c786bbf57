/**
 * Reads of single stored values that never throw. Any editor can write any JSON value into any
 * field, so a reader never calls a method of a stored value (`String({ toString: 1 })` throws) and
 * takes only values of the type it expects.
 */
import * as Y from 'yjs'

/** `value` if it is a string, the content of a Y.Text, and `fallback` for anything else. */
export function readString(value: unknown, fallback = ''): string {
  if (typeof value === 'string') return value
  if (value instanceof Y.Text) return value.toString()
  return fallback
}

/** Whether `value` is a number other than NaN and ±Infinity. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** `value` if it is a finite number, and `fallback` for anything else (NaN, a numeric string, an object). */
export function readNumber(value: unknown, fallback = 0): number {
  return isFiniteNumber(value) ? value : fallback
}
