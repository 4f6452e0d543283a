import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The coordinator web app: built into dist/web and served by the Convene server at /. No source
 * maps in the build: served, they hand anyone the app's source with its comments (and no error
 * tracker here would use hidden ones); `npm run dev:web` still has them.
 */
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000', '/i/': 'http://localhost:3000' },
  },
});
