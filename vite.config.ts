import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { CSP } from './src/contract/csp.ts';

const META_CSP = CSP.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');

/** The CSP meta tag is added at build time only: the dev server injects an inline script. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'spf-csp',
    apply: 'build',
    // frame-ancestors only works as a header (the servers send it); in a meta tag it is ignored.
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${META_CSP}" />`,
      ),
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: true,
    rollupOptions: {
      // Two pages: the workspace, and the printable report (its own React root, for PDF printing).
      input: {
        index: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
        report: fileURLToPath(new URL('./renderer/report.html', import.meta.url)),
      },
    },
  },
  server: { host: '127.0.0.1' },
});
