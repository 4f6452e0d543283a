import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The coordinator web app: built into dist/web and served by the Convene server at /. */
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: '../dist/web', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000', '/i/': 'http://localhost:3000' },
  },
});
