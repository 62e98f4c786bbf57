// `npm run build:server`: the server as plain JavaScript in dist/server, so that production runs
// node on compiled code instead of a TypeScript loader (less memory, no compiling at start).
// Packages stay in node_modules (imported at run time); only the project's own code is bundled.
// Plain .mjs on purpose: it runs before anything is compiled.
import { build } from 'esbuild'

await build({
  entryPoints: {
    main: 'server/main.ts',
    // The article reader's worker thread starts from its own file (server/sources/worker/ArticleReader.ts).
    readArticleWorker: 'server/sources/worker/readArticleWorker.ts',
  },
  outdir: 'dist/server',
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  sourcemap: true,
  logLevel: 'warning',
})
