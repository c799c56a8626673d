import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { type AliasOptions, defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './precompress.ts';

const api = process.env.KOLO_API_URL ?? 'http://127.0.0.1:8787';
const preact = dirname(createRequire(import.meta.url).resolve('preact/package.json'));

/**
 * React's API on Preact in what users download: the same hooks, components and libraries (react-router,
 * TanStack Query, react-hook-form, react-i18next, dnd-kit, recharts) at about 12 KiB gzipped instead of
 * react-dom's 72, which was nearly half of what a monitor's phone fetched to open a form. Only the
 * production build: the dev server and the unit tests keep React for Fast Refresh and Testing Library;
 * the browser tests run this build.
 */
const REACT_ON_PREACT: AliasOptions = [
  { find: /^react$/, replacement: fileURLToPath(new URL('./src/react-on-preact.ts', import.meta.url)) },
  { find: /^react-dom$/, replacement: join(preact, 'compat/dist/compat.mjs') },
  { find: /^react-dom\/client$/, replacement: join(preact, 'compat/client.mjs') },
  { find: /^react\/jsx-runtime$/, replacement: join(preact, 'compat/jsx-runtime.mjs') },
  { find: /^react\/jsx-dev-runtime$/, replacement: join(preact, 'compat/jsx-dev-runtime.mjs') },
];

/**
 * Collect's two lazy screens and what only they use: the form engine (@kolo/forms, react-hook-form)
 * and the Collect modules behind them. One chunk, not a dozen of 1-3 KB: on a 400 kbps, 400 ms
 * phone network each request costs about 1 KB of headers and a round trip of its own. The form's
 * messages in each language but English stay chunks of their own: a form speaks one at a time.
 */
const COLLECT_SCREENS =
  /[\\/](?:packages[\\/]forms[\\/](?!src[\\/]messages[\\/](?:uk|ru|pl|ky|ro|sr)\.ts$)|node_modules[\\/]react-hook-form[\\/]|apps[\\/]dashboard[\\/]src[\\/]collect[\\/](?:collect-home|fill-page|drafts|last-choices|respondent-languages)\.tsx?$)/;

export default defineConfig(({ command }) => ({
  plugins: [
    react(),
    // Workbox through vite-plugin-pwa: a precached app shell so monitors can open the app with no network.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: 'kolo',
        short_name: 'kolo',
        description: 'Community-led monitoring',
        lang: 'en',
        start_url: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f4e79',
        icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        globPatterns: ['**/*.{js,css,html,svg,woff2}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
    // after the service worker is written: .br and .gz beside each text file, sent by Accept-Encoding
    precompress(),
  ],
  resolve: command === 'build' ? { alias: REACT_ON_PREACT } : {},
  server: { proxy: { '/api': api } },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // everything the first screen needs (the sign-in form, the session, the app's English) in
            // one script instead of nine: fewer requests, each with its headers and round trip
            { name: 'app', tags: ['$initial'], priority: 20 },
            { name: 'collect', test: COLLECT_SCREENS, priority: 10 },
          ],
        },
      },
    },
  },
}));
