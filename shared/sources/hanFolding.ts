/** OpenCC's Traditional (Taiwan, Hong Kong and standard forms) → Simplified converter, made once. */
import * as OpenCC from 'opencc-js/t2cn'
import type { ToSimplified } from './searchText.ts'

let converter: ToSimplified | undefined

/** Converts Traditional Chinese to Simplified; other text comes back unchanged. */
export const toSimplified: ToSimplified = (text) => {
  converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' })
  return converter(text)
}
