/**
 * The colour convention for bull and bear: Western markets paint a rise green and a fall red, East
 * Asian markets the other way round. The default follows the UI language until the person chooses.
 */
import { readStored, writeStored } from './storage.ts'

export const StanceColors = { BullGreen: 'bull-green', BullRed: 'bull-red' } as const
export type StanceColors = (typeof StanceColors)[keyof typeof StanceColors]

export const STANCE_COLORS_STORAGE_KEY = 'debate-board.stance-colors'

function isStanceColors(value: unknown): value is StanceColors {
  return typeof value === 'string' && Object.values<string>(StanceColors).includes(value)
}

/** The convention readers of `language` expect: Chinese (any script or region) reads red as rising. */
export function defaultStanceColors(language: string): StanceColors {
  return language.toLowerCase().startsWith('zh') ? StanceColors.BullRed : StanceColors.BullGreen
}

/** The remembered choice if there is one, else the default of the UI language. */
export function stanceColorsFor(stored: string | null, language: string): StanceColors {
  return isStanceColors(stored) ? stored : defaultStanceColors(language)
}

/** The convention in force for `language`, read from storage. */
export function currentStanceColors(language: string): StanceColors {
  return stanceColorsFor(readStored(STANCE_COLORS_STORAGE_KEY), language)
}

/** Paints the page in the convention for `language` (base.css switches on the attribute). */
export function applyStanceColors(language: string): void {
  document.documentElement.dataset.stanceColors = currentStanceColors(language)
}

/** Remembers a chosen convention, from now on whatever the language, and paints the page in it. */
export function chooseStanceColors(choice: StanceColors, language: string): void {
  writeStored(STANCE_COLORS_STORAGE_KEY, choice)
  applyStanceColors(language)
}
