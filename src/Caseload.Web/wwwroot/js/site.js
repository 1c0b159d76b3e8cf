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
})();
