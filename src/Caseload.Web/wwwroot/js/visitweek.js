// Ugens besøg – planning from a day cell (progressive enhancement): the cell's "+ Besøg" link normally reloads the week with
// the citizen and the day filled in; here it fills the plan form in place and moves the focus to the worker, so the keyboard
// user goes on with Tab. Every step also works without this file.
(function () {
  var form = document.getElementById('besoeg-form');
  if (!form) { return; }
  var citizen = document.getElementById('Visit_CitizenId');
  var date = document.getElementById('Visit_Date');
  var worker = document.getElementById('Visit_WorkerId');
  var chosen = document.getElementById('plan-valgt');
  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('a.planlaeg-her');
    if (!link) { return; }
    e.preventDefault();
    citizen.value = link.getAttribute('data-borger');
    date.value = link.getAttribute('data-dato');
    if (chosen) { chosen.textContent = link.getAttribute('data-tekst') + ' Vælg medarbejder og tidspunkt.'; }
    form.scrollIntoView({ block: 'nearest' });
    worker.focus();
  });
})();
