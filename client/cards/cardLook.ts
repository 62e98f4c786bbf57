/** What every drawing of a card shares (live, far-away title, replay): its stance's icon and how much quote it shows. */
export const STANCE_ICON = { bull: '▲', bear: '▼' } as const
export const QUOTE_MAX_CHARS = 120
/** Below this zoom a card shows as its stance-coloured title (semantic zoom): its text is too small to read. */
export const TITLE_ZOOM = 0.45
