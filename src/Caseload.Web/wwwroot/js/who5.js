// WHO-5's running total while the citizen answers (progressive enhancement: without script the form still posts, and
// the course page shows the score, its reading and the change). The readings come from the server (Who5.Reading).
(function () {
  var form = document.getElementById('maaling');
  var out = document.getElementById('who5-total');
  if (!form || !out) { return; }
  var d = out.dataset;
  var names = ['Who5Cheerful', 'Who5Calm', 'Who5Active', 'Who5Rested', 'Who5Interested'];
  function update() {
    var sum = 0, answered = 0;
    names.forEach(function (n) {
      var c = form.querySelector('input[name="' + n + '"]:checked');
      if (c) { sum += +c.value; answered++; }
    });
    var score = sum * 4;
    if (answered < 5) {
      out.textContent = 'WHO-5 indtil nu: ' + score + ' point (' + answered + ' af 5 udsagn besvaret). Besvar alle fem for at se scoren.';
      return;
    }
    var reading = score <= 35 ? d.readingLow : score <= 50 ? d.readingMid : d.readingHigh;
    var text = 'WHO-5: ' + score + ' af 100 – ' + reading + '.';
    if (d.previous !== undefined && d.previous !== '') {
      var change = score - (+d.previous);
      text += ' Ændring siden ' + d.previousPoint + ': ' + (change > 0 ? '+' : change < 0 ? '−' : '') + Math.abs(change) + ' point' +
        (Math.abs(change) >= +d.meaningful ? ' – en betydelig ændring; tal med borgeren om den.' : '.');
    }
    out.textContent = text;
  }
  form.addEventListener('change', update);
})();
