// Bundles src/index.js (bpmn-js modeler, properties panel, CSS, fonts) into ../web/dist for the SWT Browser.
import * as esbuild from 'esbuild';
import { rmSync } from 'node:fs';

const outdir = '../web/dist';
rmSync(outdir, { recursive: true, force: true }); // no stale files from earlier builds end up in the bundle

await esbuild.build({
  entryPoints: ['src/index.js'],
  bundle: true,
  format: 'iife',
  // WebKitGTK 2.40+ supports ES2020; the target keeps esbuild from emitting newer syntax.
  target: ['es2020'],
  minify: true,
  sourcemap: false,
  outdir,
  entryNames: 'editor',
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.eot': 'dataurl', '.svg': 'dataurl' },
  // Licence headers of bpmn-js & co. go to editor.js.LEGAL.txt, shipped next to the bundle.
  legalComments: 'linked',
  logLevel: 'info'
});
