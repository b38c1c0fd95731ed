// `npm run vendor`: copies the front-end libraries from node_modules into wwwroot/lib, where the portal serves them
// itself (never from a CDN), and makes them only as large as the pages need:
// - Bootstrap's CSS without the rules no page, script or view model uses (PurgeCSS over Pages, wwwroot/js and the
//   C# of this project), so the first visit of a page stays small;
// - Chart.js with only the chart parts the Forbruk page draws (Assets/chart.js, bundled by esbuild).
// The results are committed; run this after changing a library's version or the classes the pages use, then run the
// browser tests (they look at every page).
import { build } from 'esbuild';
import { PurgeCSS } from 'purgecss';
import { copyFileSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';

const lib = 'wwwroot/lib';
const copy = (from, to) => { mkdirSync(to, { recursive: true }); copyFileSync(from, `${to}/${from.split('/').pop()}`); };

const [bootstrap] = await new PurgeCSS().purge({
  css: ['node_modules/bootstrap/dist/css/bootstrap.min.css'],
  content: ['Pages/**/*.cshtml', 'Pages/**/*.cs', 'Shell/**/*.cs', 'wwwroot/js/*.js', 'wwwroot/css/*.css'],
  // Classes that scripts set at run time, and the state classes of the validation scripts.
  safelist: { standard: ['show', 'active', 'disabled', 'is-invalid', 'is-valid'], greedy: [/^was-validated/] },
  variables: false,
  keyframes: true,
  fontFace: true,
});
mkdirSync(`${lib}/bootstrap/css`, { recursive: true });
writeFileSync(`${lib}/bootstrap/css/bootstrap.min.css`, bootstrap.css);
copy('node_modules/bootstrap/LICENSE', `${lib}/bootstrap`);
rmSync(`${lib}/bootstrap/js`, { recursive: true, force: true }); // no page uses Bootstrap's scripts

await build({
  entryPoints: ['Assets/chart.js'], bundle: true, minify: true, format: 'iife', target: 'es2020', legalComments: 'eof',
  outfile: `${lib}/chart.js/chart.min.js`,
});
rmSync(`${lib}/chart.js/chart.umd.min.js`, { force: true });
copy('node_modules/chart.js/LICENSE.md', `${lib}/chart.js`);

copy('node_modules/jquery/dist/jquery.min.js', `${lib}/jquery`);
copy('node_modules/jquery/LICENSE.txt', `${lib}/jquery`);
copy('node_modules/jquery-validation/dist/jquery.validate.min.js', `${lib}/jquery-validation`);
copy('node_modules/jquery-validation/LICENSE.md', `${lib}/jquery-validation`);
copy('node_modules/jquery-validation-unobtrusive/dist/jquery.validate.unobtrusive.min.js', `${lib}/jquery-validation-unobtrusive`);
copy('node_modules/jquery-validation-unobtrusive/LICENSE.txt', `${lib}/jquery-validation-unobtrusive`);
copy('node_modules/@microsoft/signalr/dist/browser/signalr.min.js', `${lib}/signalr`);
copy('node_modules/@microsoft/signalr/package.json', `${lib}/signalr`);
