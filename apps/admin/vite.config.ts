/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const apiPort = process.env.API_PORT ?? '4000';
const adminPort = Number(process.env.ADMIN_PORT ?? 5173);
// Same origin in development too: the browser calls /graphql and Vite forwards it.
const proxy = { '/graphql': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: true } };

/**
 * GOV.UK Frontend's service navigation still carries an IE 9-11 hack,
 * `@media screen and (min-width: 0\0)`, which Sass prints as `0\uFFFD` and Lightning CSS
 * (Vite's minifier) rejects. No browser we support reads it, so drop that one rule rather than
 * turning on error recovery, which would also hide real mistakes.
 */
function dropGovukIeHack(): Plugin {
  const ieHack = /@media[^{]*\(min-width: 0\uFFFD\)\s*\{[^{}]*\{[^{}]*\}\s*\}/g;
  return {
    name: 'waymark:drop-govuk-ie-hack',
    transform(code, id) {
      if (!/\.s?css(?:$|\?)/.test(id) || !code.includes('0\uFFFD')) return null;
      return { code: code.replace(ieHack, ''), map: null };
    },
  };
}

export default defineConfig({
  plugins: [react(), dropGovukIeHack()],
  resolve: {
    // styles.scss sets $govuk-assets-path to this prefix, so the GOV.UK images the CSS refers
    // to are resolved from the package and emitted (hashed) by Vite like any other asset.
    alias: [
      {
        find: /^\/@govuk-assets\//,
        replacement: fileURLToPath(new URL('./node_modules/govuk-frontend/dist/govuk/assets/', import.meta.url)),
      },
    ],
  },
  server: { host: '127.0.0.1', port: adminPort, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: adminPort, strictPort: true, proxy },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    // A hang guard, not a speed check (see the root vitest.config.ts).
    testTimeout: 600_000,
  },
});
