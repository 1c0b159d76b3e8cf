// Bootstrap trimmed to the rules the app uses (issue #31 item 6, ADR 0040): `bash scripts/trim-css.sh` writes
// src/Caseload.Web/wwwroot/css/bootstrap.app.css. Content: every view, the C# that writes class names, the app's scripts
// and Bootstrap's own bundle (the classes its JS adds: show, collapsing, fade …). BootstrapTrimTests fails when a class
// in a view is in Bootstrap but not in the trimmed file: run the script again.
module.exports = {
  content: [
    'src/Caseload.Web/**/*.cshtml',
    'src/Caseload.Web/**/*.cs',
    'src/Caseload.Application/**/*.cs',
    'src/Caseload.Web/wwwroot/js/*.js',
    'src/Caseload.Web/wwwroot/lib/bootstrap/dist/js/bootstrap.bundle.min.js',
  ],
  skippedContentGlobs: ['**/bin/**', '**/obj/**'],
  css: ['src/Caseload.Web/wwwroot/lib/bootstrap/dist/css/bootstrap.min.css'],
  // Kept whatever the scan finds: validation state the browser and forms set, print and reduced-motion rules.
  safelist: { standard: ['was-validated', 'is-invalid', 'is-valid', 'visually-hidden', 'visually-hidden-focusable'], greedy: [/^d-print-/] },
};
