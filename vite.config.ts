/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPlugin } from './scripts/vite-plugin-content.ts';

export default defineConfig({
  plugins: [
    contentPlugin(),
    react(),
    VitePWA({
      // The learner decides when to update (a prompt), so an update never interrupts an exercise.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: {
        name: 'En avant ! — French for peace operations',
        short_name: 'En avant !',
        description: 'French from A1 to B1 for peacekeepers, offline.',
        lang: 'en',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#1d4e89',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The shell, every lesson chunk and every locale chunk are precached: after one visit the
        // whole downloaded course works with no network. Audio clips are not precached (megabytes):
        // the audio manifest is (a few KB, revisioned with each build, so it always matches the files).
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}'],
        globIgnores: ['**/audio/**/*.mp3'],
        runtimeCaching: [
          {
            // A clip played once keeps working offline, and offline packs (services/audio/
            // audio-packs.ts) fill this same cache per volume. URLs carry the clip's hash (?v=…),
            // so a changed sentence is fetched anew and the app prunes the old one. No expiration
            // plugin: it would evict a downloaded pack, and purging on a quota error would throw
            // away weeks of offline audio; the course's audio is bounded (budget 60 MB).
            urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/audio\/.+\.mp3$/.test(url.pathname),
            handler: 'CacheFirst',
            options: {
              cacheName: 'audio-v1',
              // <audio>/Safari ask for byte ranges; answer them from the cached whole file.
              rangeRequests: true,
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./vitest.setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    restoreMocks: true,
  },
});
