import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API = 'http://localhost:3000';

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
    proxy: {
      '/api': {
        target: API,
        // Sign-in and setup take only requests from PUBLIC_URL's origin (login CSRF); through
        // this proxy the browser's origin is Vite's, so it is rewritten to the server's.
        configure: (proxy) =>
          proxy.on('proxyReq', (request) => {
            if (request.getHeader('origin')) request.setHeader('origin', API);
          }),
      },
      '/i/': API,
    },
  },
});
