import { fileURLToPath } from 'node:url';
import type { PluginOption } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * What the standalone renderer build (vite.config.ts) and electron.vite.config.ts share:
 * same root, same plugins, same output folder, no aliases (relative imports only).
 */
export const rendererRoot = fileURLToPath(new URL('.', import.meta.url));
export const rendererOutDir = fileURLToPath(new URL('../out/renderer', import.meta.url));
export const rendererPlugins = (): PluginOption[] => [react()];
