// Bundles src/index.js (bpmn-js modeler, properties panel, CSS, fonts) into ../web/dist for the SWT Browser.
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: ['src/index.js'],
  bundle: true,
  format: 'iife',
  // WebKitGTK 2.40+ supports ES2020; the target keeps esbuild from emitting newer syntax.
  target: ['es2020'],
  minify: true,
  sourcemap: false,
  outdir: '../web/dist',
  entryNames: 'editor',
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.eot': 'dataurl', '.svg': 'dataurl' },
  legalComments: 'linked',
  logLevel: 'info'
});
