/** The board document layer: layout, schema, readers and changes, in one import. */
export * from './schema.ts'
export * from './layout.ts'
export * from './accessors.ts'
export * from './mutators.ts'
export * from './excerpt.ts'
export * from './lanes.ts'
export * from './ids.ts'
export * from './text.ts'
