import { defineConfig } from 'vite';
import { rendererOutDir, rendererPlugins, rendererRoot } from './vite.shared';

/** Standalone Vite config of the renderer (browser mode, e2e tests): `npm run build:renderer`. */
export default defineConfig({
  root: rendererRoot,
  // Relative asset URLs: works from file:// in Electron and from the HTTP host at `/`.
  base: './',
  plugins: rendererPlugins(),
  build: {
    outDir: rendererOutDir,
    emptyOutDir: true,
    target: 'es2022',
    // AG Grid and Mantine make one large chunk; it is loaded from disk or localhost, never the internet.
    chunkSizeWarningLimit: 4000,
  },
  server: {
    // `npx vite --config renderer/vite.config.ts` during development, with `npm run serve -- --port 4500` beside it.
    proxy: { '/api': 'http://127.0.0.1:4500' },
  },
});
