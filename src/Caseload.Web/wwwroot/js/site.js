// Caseload – progressive enhancement only; every page works without this file.
(function () {
  // Move focus to the error summary after a failed submit, so screen-reader and keyboard users hear it.
  var summary = document.getElementById('fejl-oversigt');
  if (summary) { summary.focus(); }
  // Confirm destructive actions marked with data-confirm.
  document.addEventListener('submit', function (e) {
    var msg = e.target.getAttribute('data-confirm');
    if (msg && !window.confirm(msg)) { e.preventDefault(); }
  });
  // A file over the limit (data-max-bytes) is refused before the upload: the server would refuse a very large request
  // outright, and the typed form with it. The server checks the size and the content again.
  document.addEventListener('change', function (e) {
    var input = e.target;
    var max = input.getAttribute && input.getAttribute('data-max-bytes');
    if (!max || !input.files || !input.files[0]) { return; }
    var note = document.getElementById(input.id + '-for-stor');
    var tooLarge = input.files[0].size > Number(max);
    if (tooLarge) { input.value = ''; }
    if (note) { note.hidden = !tooLarge; }
  });

  // The installable app's service worker (ADR 0041): the offline page when the network fails; it keeps no page of the app.
  if ('serviceWorker' in navigator) { navigator.serviceWorker.register('/sw.js').catch(function () { /* works without */ }); }
})();
