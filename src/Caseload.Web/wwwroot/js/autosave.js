// Autosave for forms marked data-autosave (issue #13: nothing typed may be lost). Every 30 seconds after a change, and
// when the page is hidden or closed, the form's fields go to the server as the user's own draft (and to this device
// while the connection is down). On opening the form again — after a validation error, a session timeout and a new
// sign-in, a lost connection or a closed tab — a draft that differs from the form is offered back. The server removes
// the draft when the form is saved. Progressive enhancement: the forms work without this file.
(function () {
  var forms = document.querySelectorAll('form[data-autosave]');
  if (!forms.length || !window.fetch || !window.FormData) { return; }

  // The form is shown before the server is asked for a draft: on a slow connection the question would otherwise compete
  // with the page's own styles for the first paint (issue #31 item 6). A hidden tab asks when it is first shown.
  function afterFirstPaint(work) {
    return new Promise(function (resolve) { requestAnimationFrame(function () { setTimeout(resolve, 0); }); }).then(work);
  }

  function serialize(form) {
    var o = {};
    new FormData(form).forEach(function (v, k) {
      if (k === '__RequestVerificationToken' || k === '__kladde') { return; }
      o[k] = o[k] === undefined ? v : [].concat(o[k], v);
    });
    return JSON.stringify(o);
  }

  function restore(form, json) {
    var data = JSON.parse(json);
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === '__RequestVerificationToken' || el.type === 'hidden' && el.name.slice(-7) === 'Version') { return; }
      var v = data[el.name];
      var values = v === undefined ? [] : [].concat(v);
      if (el.type === 'checkbox' || el.type === 'radio') { el.checked = values.indexOf(el.value) >= 0; }
      else if (v !== undefined && el.type !== 'hidden') { el.value = values[0]; }
    });
  }

  forms.forEach(function (form) {
    var key = new URL(form.getAttribute('action') || location.pathname, location.href).pathname;
    var tokenInput = form.querySelector('input[name="__RequestVerificationToken"]');
    var local = 'kladde:' + key;
    var marker = document.createElement('input');
    marker.type = 'hidden'; marker.name = '__kladde'; marker.value = '1';
    form.appendChild(marker);
    var status = document.createElement('p');
    status.className = 'autosave-status small text-body-secondary';
    status.setAttribute('role', 'status');
    status.textContent = 'Kladde: gemmes automatisk.';
    form.insertBefore(status, form.firstChild);
    var dirty = false;

    function save(closing) {
      if (!dirty) { return; }
      var data = serialize(form);
      try { localStorage.setItem(local, JSON.stringify({ data: data, at: Date.now() })); } catch (e) { /* private mode */ }
      var body = new FormData();
      body.append('key', key); body.append('data', data);
      if (tokenInput) { body.append('__RequestVerificationToken', tokenInput.value); }
      if (closing && navigator.sendBeacon) { navigator.sendBeacon('/kladder', body); return; }
      fetch('/kladder', { method: 'POST', body: body, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(r); })
        .then(function (j) {
          dirty = false;
          status.textContent = 'Kladde gemt kl. ' + j.savedAt + '.';
          try { localStorage.removeItem(local); } catch (e) { /* ignore */ }
        })
        .catch(function () { status.textContent = 'Ikke gemt på serveren (ingen forbindelse?). Gemt på denne enhed — prøver igen.'; });
    }

    function changed() { dirty = true; status.textContent = 'Ændringer ikke gemt endnu.'; }
    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    form.addEventListener('submit', function () { dirty = false; });
    setInterval(save, 30000);
    document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') { save(true); } });
    window.addEventListener('pagehide', function () { save(true); });

    afterFirstPaint(function () { return fetch('/kladder?key=' + encodeURIComponent(key), { credentials: 'same-origin' }); })
      .then(function (r) { return r.status === 200 ? r.json() : null; })
      .then(function (d) {
        var kept = null;
        try { kept = JSON.parse(localStorage.getItem(local) || 'null'); } catch (e) { /* ignore */ }
        var data = d && d.data, when = d && ('kl. ' + d.savedAt);
        if (kept && (!d || kept.at > Date.parse(d.savedAtUtc))) { data = kept.data; when = 'gemt på denne enhed'; }
        if (!data || data === serialize(form)) { return; }
        var offer = document.createElement('div');
        offer.className = 'alert alert-warning d-flex flex-wrap gap-2 align-items-center';
        offer.id = 'kladde-tilbud';
        var text = document.createElement('span');
        text.textContent = 'Der er en kladde af denne formular (' + when + '), som ikke er gemt.';
        var take = document.createElement('button');
        take.type = 'button'; take.className = 'btn btn-sm btn-primary'; take.textContent = 'Gendan kladden';
        var drop = document.createElement('button');
        drop.type = 'button'; drop.className = 'btn btn-sm btn-outline-dark'; drop.textContent = 'Kassér';
        take.addEventListener('click', function () { restore(form, data); offer.remove(); changed(); status.textContent = 'Kladden er gendannet — husk at gemme.'; });
        drop.addEventListener('click', function () { offer.remove(); try { localStorage.removeItem(local); } catch (e) { /* ignore */ } });
        offer.append(text, take, drop);
        form.parentNode.insertBefore(offer, form);
        take.focus();
      })
      .catch(function () { /* offline: nothing to offer from the server */ });
  });
})();
