import { resolve, sep } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const API = 'http://localhost:3000';

/**
 * The web app takes only types from the server (src/shapes/types.ts, `import type`; ADR 011):
 * should a module of src/ ever be loaded into the bundle, the build stops and names it.
 */
function noServerCode(): Plugin {
  const server = resolve('src') + sep;
  return {
    name: 'convene:no-server-code',
    load(id) {
      if (id.startsWith(server)) {
        this.error(`${id} is server code: the web app may only \`import type\` from src/shapes.`);
      }
    },
  };
}

/**
 * The coordinator web app: built into dist/web and served by the Convene server at /. No source
 * maps in the build: served, they hand anyone the app's source with its comments (and no error
 * tracker here would use hidden ones); `npm run dev:web` still has them.
 */
export default defineConfig({
  root: 'web',
  plugins: [react(), noServerCode()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: false,
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
