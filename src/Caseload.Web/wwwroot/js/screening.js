// The screening form's recommendation, live as criteria are ticked (progressive enhancement: the server computes
// and shows the same text when the form is saved — ScreeningRule and ScreeningRecommendation.Danish in the domain).
(function () {
  var form = document.getElementById('screeningsskema');
  var out = document.getElementById('anbefaling');
  if (!form || !out) { return; }
  var d = form.dataset;
  function band(min, max) { return { min: +min, max: max === '' ? null : +max }; }
  var a = band(d.aMin, d.aMax), b = band(d.bMin, d.bMax);
  function inBand(x, age) { return age >= x.min && (x.max === null || age <= x.max); }
  function update() {
    var ticked = form.querySelectorAll('input[name="Screening.Criteria"]:checked');
    var cat1 = 0, themes = {};
    ticked.forEach(function (c) {
      if (c.dataset.category === '1') { cat1++; } else { themes[c.dataset.theme] = true; }
    });
    var n = Object.keys(themes).length, meetsA = n >= 2, meetsB = cat1 >= 1 && n >= 2;
    var ageInput = document.getElementById('Screening_Age');
    var raw = d.age !== undefined && d.age !== '' ? d.age : (ageInput ? ageInput.value.trim() : '');
    var age = raw === '' || isNaN(+raw) ? null : +raw;
    var text;
    if (age === null) {
      text = 'Alder ukendt. Kriterierne opfylder ' + (meetsA ? '' : 'ikke ') + 'målgruppe A (' + d.aText + ') og ' + (meetsB ? '' : 'ikke ') + 'målgruppe B (' + d.bText + ').';
    } else if (inBand(a, age)) {
      text = meetsA
        ? 'Anbefales: borgeren (' + age + ' år, målgruppe A) opfylder mindst 2 kriterier i kategori 2 fra forskellige emner.'
        : 'Anbefales ikke endnu: målgruppe A (' + age + ' år) kræver mindst 2 kriterier i kategori 2 fra forskellige emner; der er ' + n + '.';
    } else if (inBand(b, age)) {
      text = meetsB
        ? 'Anbefales: borgeren (' + age + ' år, målgruppe B) opfylder mindst 1 kriterium i kategori 1 og 2 i kategori 2 fra forskellige emner.'
        : 'Anbefales ikke endnu: målgruppe B (' + age + ' år) kræver mindst 1 kriterium i kategori 1 (der er ' + cat1 + ') og 2 i kategori 2 fra forskellige emner (der er ' + n + ').';
    } else {
      text = 'Borgeren (' + age + ' år) er uden for målgruppernes aldersgrænser (' + d.aText + '; ' + d.bText + ').';
    }
    out.textContent = text;
    out.classList.toggle('alert-success', text.indexOf('Anbefales:') === 0);
    out.classList.toggle('alert-secondary', text.indexOf('Anbefales:') !== 0);
  }
  form.addEventListener('change', update);
  form.addEventListener('input', update);
})();
