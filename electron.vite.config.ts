import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererOutDir, rendererPlugins, rendererRoot } from './renderer/vite.shared';

/**
 * electron-vite 6: `npx electron-vite build` → out/main/index.js (CommonJS main process),
 * out/preload/index.cjs (ONE CommonJS file: required for `sandbox: true`), out/renderer/ (the same
 * renderer build as `npm run build:renderer`, with relative asset URLs for file://).
 * Building does not need the Electron binary; `electron-vite dev`/`preview` do.
 */
const root = import.meta.dirname ?? process.cwd();

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Dependencies stay external (required from node_modules at run time), better-sqlite3 above all:
      // it is a native module loaded through `nativeBinding` with an Electron-ABI build.
      externalizeDeps: { include: ['better-sqlite3'] },
      // The letter render worker beside index.js (electron/core/letters/renderpool.ts looks for it there).
      lib: { entry: { index: resolve(root, 'electron/main/index.ts'), 'pdf-worker': resolve(root, 'electron/core/letters/pdfWorker.ts') }, formats: ['cjs'] },
      rolldownOptions: {
        output: { entryFileNames: '[name].js' },
      },
      sourcemap: true,
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // Sandboxed preloads can require only `electron` (and a few polyfilled modules): bundle everything else.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/preload/index.ts'), formats: ['cjs'] },
      rolldownOptions: {
        output: { entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: rendererRoot,
    base: './',
    plugins: rendererPlugins(),
    build: {
      outDir: rendererOutDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 4000,
      rolldownOptions: {
        input: resolve(rendererRoot, 'index.html'),
      },
    },
  },
});
