import { fileURLToPath } from 'node:url';
import { defineConfig, type PluginOption } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Standalone Vite config of the renderer (browser mode, e2e tests): `npm run build:renderer`.
 * electron.vite.config.ts mirrors it: same root, same plugins, no aliases (relative imports only).
 */
export const rendererRoot = fileURLToPath(new URL('.', import.meta.url));
export const rendererOutDir = fileURLToPath(new URL('../out/renderer', import.meta.url));
export const rendererPlugins = (): PluginOption[] => [react()];

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
    // `vite --config renderer/vite.config.ts` during development, with `npm run serve -- --port 4500` beside it.
    proxy: { '/api': 'http://127.0.0.1:4500' },
  },
});
