// Bundles the page's script into ../wwwroot/dist (served by the app itself: no CDN).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.jsx'],
  outfile: '../wwwroot/dist/webchat-page.js',
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: ['es2020'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'linked',
  logLevel: 'warning',
});
