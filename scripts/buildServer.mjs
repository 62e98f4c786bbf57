// `npm run build:server`: the server as plain JavaScript in dist/server, so that production runs
// node on compiled code instead of a TypeScript loader (less memory, no compiling at start).
// Packages stay in node_modules (imported at run time); only the project's own code is bundled.
// Plain .mjs on purpose: it runs before anything is compiled.
// Splitting: what the server imports with import() (Redis, PostgreSQL, the PDF brief) goes to chunks
// of its own in dist/server/chunks, loaded only when first used; bundled inline, it would load at start.
import { build } from 'esbuild'

await build({
  entryPoints: {
    main: 'server/main.ts',
    // The article reader's worker thread starts from its own file (server/sources/worker/ArticleReader.ts).
    readArticleWorker: 'server/sources/worker/readArticleWorker.ts',
  },
  outdir: 'dist/server',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  sourcemap: true,
  minifyWhitespace: true,
  logLevel: 'warning',
})
