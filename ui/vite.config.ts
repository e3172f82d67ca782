import { fileURLToPath, URL } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { staticIcons } from './dev/static-icons.ts';

export default defineConfig({
  plugins: [staticIcons(), svelte(), svelteTesting()],
  resolve: {
    alias: {
      $lib: fileURLToPath(new URL('./src/lib', import.meta.url)),
      $assets: fileURLToPath(new URL('./src/assets', import.meta.url)),
    },
  },
  // Tauri serves the build from disk; keep it relative and self-contained.
  base: './',
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: {
    // WebKitGTK 2.50 (Linux), WKWebView (macOS), WebView2 (Windows).
    target: ['safari16', 'chrome110'],
    outDir: 'dist',
    emptyOutDir: true,
    // No inline data: URIs for modules; assets stay files served from 'self'.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['./src/test-setup.ts'],
  },
});
