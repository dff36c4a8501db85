// Vite builds the browser client (client/ → dist/client); in development it proxies the API to the Fastify server.
import { defineConfig } from 'vite';

const api = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

export default defineConfig({
  root: 'client',
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // The polyfill is only for very old browsers and would add code to every page load.
    modulePreload: { polyfill: false },
    target: 'es2022',
    sourcemap: false,
  },
  worker: { format: 'es' },
  server: {
    proxy: {
      '^/api/': api,
      '/openapi.json': api,
      '/docs': api,
    },
  },
});
