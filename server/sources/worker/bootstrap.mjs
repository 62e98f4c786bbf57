// The entry of the article-reading worker thread: workers do not inherit tsx's loader, so this plain
// module registers it before importing the TypeScript worker named in workerData.
import { workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
await import(workerData.entry)
