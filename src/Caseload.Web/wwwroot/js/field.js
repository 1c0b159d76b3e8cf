// Field mode (issue #31, ADR 0047): "Tag med" keeps a citizen's pages on this device, encrypted (AES-GCM with the
// session's key from the server, held as a non-extractable CryptoKey), so they open and can be filled offline. Changes
// made offline wait in an encrypted outbox and are sent, in order, when the connection is back; the server merges each
// with what was saved meanwhile, field by field, and asks the worker where both changed the same field.
// Everything is wiped at sign-out and when it expires; the pages taken along are wiped when the session has ended.
// Progressive enhancement: without IndexedDB or WebCrypto, nothing is taken along and the app works as before.
(function () {
  if (!window.indexedDB || !window.crypto || !crypto.subtle || !window.fetch) { return; }
  var DB = 'caseload-felt', STATIC = 'caseload-statisk';
  var body = document.body;
  var shell = document.documentElement.hasAttribute('data-felt-shell'); // offline.html: no page of the app reached
  var offlinePage = body && body.hasAttribute('data-felt-offline');     // a page taken along, opened offline

  // ---- storage -------------------------------------------------------------------------------------------------
  function open() {
    return new Promise(function (resolve, reject) {
      var r = indexedDB.open(DB, 1);
      r.onupgradeneeded = function () {
        var db = r.result;
        db.createObjectStore('noegle');
        db.createObjectStore('sider');
        db.createObjectStore('udbakke', { autoIncrement: true });
      };
      r.onsuccess = function () { resolve(r.result); };
      r.onerror = function () { reject(r.error); };
    });
  }
  function tx(store, mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var t = db.transaction(store, mode), s = t.objectStore(store), out;
        Promise.resolve(work(s, function (v) { out = v; })).catch(reject);
        t.oncomplete = function () { db.close(); resolve(out); };
        t.onerror = t.onabort = function () { db.close(); reject(t.error); };
      });
    });
  }
  function req(r, done) { r.onsuccess = function () { done(r.result); }; }
  function get(store, key) { return tx(store, 'readonly', function (s, out) { req(s.get(key), out); }); }
  function put(store, key, value) { return tx(store, 'readwrite', function (s) { key === undefined ? s.put(value) : s.put(value, key); }); }
  function del(store, key) { return tx(store, 'readwrite', function (s) { s.delete(key); }); }
  function all(store) {
    return tx(store, 'readonly', function (s, out) {
      var rows = [];
      s.openCursor().onsuccess = function (e) {
        var c = e.target.result;
        if (c) { rows.push({ key: c.key, value: c.value }); c.continue(); } else { out(rows); }
      };
    });
  }
  function hasStore() {
    // Opening would create the database; ask first whether there is one (Chromium, Firefox, Safari 16+).
    if (!indexedDB.databases) { return Promise.resolve(true); }
    return indexedDB.databases().then(function (list) { return list.some(function (d) { return d.name === DB; }); });
  }
  function wipe(keepOutbox) {
    var done = caches ? caches.delete(STATIC) : Promise.resolve();
    if (keepOutbox) {
      return done.then(function () { return tx('sider', 'readwrite', function (s) { s.clear(); }); });
    }
    return done.then(function () {
      return new Promise(function (resolve) {
        var r = indexedDB.deleteDatabase(DB);
        r.onsuccess = r.onerror = r.onblocked = function () { resolve(); };
      });
    });
  }

  // ---- encryption ----------------------------------------------------------------------------------------------
  function b64(s) { s = s.replace(/-/g, '+').replace(/_/g, '/'); while (s.length % 4) { s += '='; } return Uint8Array.from(atob(s), function (c) { return c.charCodeAt(0); }); }
  function hex(buf) { return Array.prototype.map.call(new Uint8Array(buf), function (b) { return ('0' + b.toString(16)).slice(-2); }).join(''); }
  function encrypt(key, value) {
    var iv = crypto.getRandomValues(new Uint8Array(12));
    return crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv }, key, new TextEncoder().encode(JSON.stringify(value)))
      .then(function (data) { return { iv: iv, data: data }; });
  }
  function decrypt(key, box) {
    return crypto.subtle.decrypt({ name: 'AES-GCM', iv: box.iv }, key, box.data)
      .then(function (plain) { return JSON.parse(new TextDecoder().decode(plain)); });
  }
  // The key record: { key: CryptoKey (not extractable), id: hash of the raw key, user, expiresAt, until }.
  function currentKey() {
    return get('noegle', 'aktuel').then(function (k) {
      if (!k) { return null; }
      if (Date.now() > k.expiresAt) { return wipe(false).then(function () { expired = true; return null; }); }
      return k;
    });
  }
  var expired = false;

  // ---- forms ---------------------------------------------------------------------------------------------------
  function fields(form) {
    var o = {};
    new FormData(form).forEach(function (v, k) {
      if (k === '__RequestVerificationToken' || k === '__kladde' || typeof v !== 'string') { return; }
      (o[k] = o[k] || []).push(v);
    });
    return o;
  }
  function fill(form, data) {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === '__RequestVerificationToken') { return; }
      var values = data[el.name] || [];
      if (el.type === 'checkbox' || el.type === 'radio') { el.checked = values.indexOf(el.value) >= 0; }
      else if (el.type !== 'hidden' || el.name.slice(-2) !== 'Id') { el.value = values.length ? values[0] : ''; }
    });
  }
  function labels(form) {
    var o = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      var l = el.id && form.querySelector('label[for="' + el.id + '"]');
      if (el.name && l) { o[el.name] = l.textContent.replace(/\s+/g, ' ').trim(); }
    });
    return o;
  }
  function pathOf(url) { return new URL(url, location.href).pathname; }
  function citizenOf(path) { var m = /^\/borgere\/([0-9a-f-]{36})/i.exec(path); return m ? m[1] : null; }

  // ---- the badge: changes waiting, and what needs the worker ---------------------------------------------------
  var badge;
  function showBadge(count, note) {
    if (!badge) {
      badge = document.createElement('div');
      badge.id = 'felt-koe';
      badge.className = 'alert alert-info d-flex flex-wrap gap-2 align-items-center no-print';
      badge.setAttribute('role', 'status');
      var main = document.getElementById('indhold');
      if (!main) { return; }
      main.insertBefore(badge, main.firstChild);
    }
    badge.textContent = '';
    // (Bootstrap's d-flex outranks the hidden attribute: d-none hides it.)
    badge.classList.toggle('d-none', !count && !note);
    if (!count && !note) { return; }
    if (count) {
      var pill = document.createElement('span');
      pill.className = 'badge text-bg-warning fs-6';
      pill.textContent = count + (count === 1 ? ' ændring venter' : ' ændringer venter');
      badge.append(pill);
      var text = document.createElement('span');
      text.textContent = navigator.onLine && !offlinePage ? 'på at blive sendt.' : 'Offline — gemt på enheden, sendes når du er online igen.';
      badge.append(text);
      if (navigator.onLine && !offlinePage) {
        var send = document.createElement('button');
        send.type = 'button'; send.className = 'btn btn-sm btn-primary'; send.textContent = 'Send nu';
        send.addEventListener('click', sync);
        badge.append(send);
      }
    }
    if (note) { badge.append(note); }
  }
  function refreshBadge(note) {
    return all('udbakke').then(function (rows) {
      showBadge(rows.length, note);
      body.setAttribute('data-felt-koe', String(rows.length)); // how many wait (for tests and styles)
    });
  }

  // ---- "Tag med" -----------------------------------------------------------------------------------------------
  function takeAlong(form) {
    var state = form.querySelector('[data-felt-tilstand]');
    var button = form.querySelector('button');
    button.disabled = true;
    state.textContent = 'Tager med …';
    fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' })
      .then(function (r) { return r.json().then(function (j) { if (!r.ok) { throw new Error(j.message); } return j; }); })
      .then(function (j) {
        var raw = b64(j.key);
        return crypto.subtle.digest('SHA-256', raw).then(function (digest) {
          return get('noegle', 'aktuel').then(function (old) {
            // Another session's data cannot be read with this key: it goes.
            return old && old.id !== hex(digest) ? wipe(false) : null;
          }).then(function () {
            return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
          }).then(function (key) {
            var record = { key: key, id: hex(digest), user: j.user, expiresAt: j.expiresAt, until: j.until };
            return put('noegle', 'aktuel', record).then(function () { return storePages(record, pathOf(form.action).replace(/\/felt\/tag-med$/, '')); });
          }).then(function (count) {
            state.textContent = 'Taget med til kl. ' + j.until + ' (' + count + ' sider).';
            button.textContent = 'Tag med igen';
            form.querySelector('[data-felt-laeg-tilbage]').classList.remove('d-none');
          });
        });
      })
      .catch(function (e) { state.textContent = e.message || 'Borgeren kunne ikke tages med.'; })
      .then(function () { button.disabled = false; });
  }
  // "Læg tilbage": the citizen's pages leave the device (changes waiting to be sent stay until sent).
  function putBack(form) {
    var citizen = citizenOf(pathOf(form.action));
    var body = new FormData(form);
    return fetch(form.action.replace(/tag-med$/, 'laeg-tilbage'), { method: 'POST', body: body, credentials: 'same-origin' })
      .then(function () { return all('sider'); })
      .then(function (rows) { return Promise.all(rows.filter(function (r) { return r.value.citizen === citizen; }).map(function (r) { return del('sider', r.key); })); })
      .then(function () {
        form.querySelector('[data-felt-tilstand]').textContent = 'Lagt tilbage: intet om borgeren er på enheden.';
        form.querySelector('[data-felt-laeg-tilbage]').classList.add('d-none');
        form.querySelector('button[type=submit]').textContent = 'Tag med i felten';
      });
  }
  // The citizen page, the pages it marks data-felt and theirs (two levels), and the files they need.
  function storePages(record, start) {
    var seen = {}, queue = [{ path: start, depth: 0 }], assets = {}, stored = 0;
    function next() {
      var item = queue.shift();
      if (!item) { return Promise.resolve(); }
      if (seen[item.path]) { return next(); }
      seen[item.path] = true;
      return fetch(item.path, { credentials: 'same-origin' }).then(function (r) {
        if (!r.ok || r.redirected) { return null; }
        return r.text();
      }).then(function (html) {
        if (!html) { return next(); }
        var doc = new DOMParser().parseFromString(html, 'text/html');
        doc.querySelectorAll('link[rel=stylesheet][href], script[src]').forEach(function (el) { assets[el.getAttribute('href') || el.getAttribute('src')] = true; });
        if (item.depth < 2) {
          doc.querySelectorAll('a[data-felt][href]').forEach(function (a) {
            var p = pathOf(a.getAttribute('href'));
            if (citizenOf(p) === citizenOf(start)) { queue.push({ path: p, depth: item.depth + 1 }); }
          });
        }
        return encrypt(record.key, { html: html, at: Date.now() }).then(function (box) {
          box.citizen = citizenOf(start);
          stored++;
          return put('sider', item.path, box);
        }).then(next);
      });
    }
    return next().then(function () {
      return caches.open(STATIC).then(function (c) { return c.addAll(Object.keys(assets)).catch(function () { /* some already cached */ }); });
    }).then(function () { return stored; });
  }

  // ---- offline: open a page taken along ------------------------------------------------------------------------
  function openStored() {
    var path = location.pathname;
    return currentKey().then(function (k) {
      if (!k) {
        if (expired) { say('Det, du tog med, er udløbet og slettet fra enheden.'); }
        return;
      }
      return get('sider', path).then(function (box) {
        if (!box) { say('Denne side er ikke taget med. Åbn en borger, du har taget med i felten.'); return; }
        return decrypt(k.key, box).then(function (page) {
          var when = new Date(page.at).toLocaleTimeString('da-DK', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' });
          var html = page.html
            .replace(/\sdata-autosave(?=[\s>])/g, ' data-autosave-off')
            .replace(/<body([^>]*)>/, '<body$1 data-felt-offline>')
            .replace(/(<main[^>]*>)/, '$1<div class="alert alert-warning" id="felt-offline" role="status">Offline — du ser den udgave, du tog med kl. ' + when +
              '. Det, du gemmer, bliver gemt på enheden og sendes, når du er online igen. Udløber kl. ' + k.until + '.</div>');
          document.open();
          document.write(html);
          document.close();
        });
      });
    }).catch(function () { say('Det, du tog med, kunne ikke åbnes på denne enhed.'); });
  }
  function say(text) {
    var p = document.createElement('p');
    p.id = 'felt-besked';
    p.textContent = text;
    (document.querySelector('main') || document.body).append(p);
  }

  // On a page opened offline: every form saves to the outbox.
  function offlineForms(k) {
    document.querySelectorAll('form[method=post]').forEach(function (form) {
      var base = fields(form);
      var action = pathOf(form.getAttribute('action') || location.pathname);
      var isNew = form.hasAttribute('data-felt-ny');
      var pending = null;
      if (!isNew) {
        all('udbakke').then(function (rows) {
          return Promise.all(rows.map(function (r) { return decrypt(k.key, r.value).then(function (v) { return { key: r.key, v: v }; }); }));
        }).then(function (items) {
          items.forEach(function (i) { if (i.v.form === action) { pending = i; } });
          if (pending) { base = pending.v.base; fill(form, pending.v.mine); form.setAttribute('data-felt-gendannet', ''); }
        });
      }
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var item = { form: action, page: location.pathname, base: isNew ? {} : base, mine: fields(form), labels: labels(form), isNew: isNew, at: Date.now() };
        encrypt(k.key, item).then(function (box) {
          box.citizen = citizenOf(action);
          return pending ? put('udbakke', pending.key, box) : put('udbakke', undefined, box);
        }).then(function () {
          if (isNew) { form.reset(); }
          return refreshBadge();
        }).then(function () {
          var note = document.getElementById('felt-gemt') || document.createElement('div');
          note.id = 'felt-gemt';
          note.className = 'alert alert-warning';
          note.setAttribute('role', 'status');
          note.textContent = 'Offline — gemt på enheden, sendes når du er online igen.';
          form.parentNode.insertBefore(note, form);
          note.scrollIntoView({ block: 'center' });
          if (!isNew) { all('udbakke').then(function (rows) { pending = pending || { key: rows[rows.length - 1].key }; }); }
        });
      });
    });
  }

  // ---- back online: send the outbox, in order ------------------------------------------------------------------
  var syncing = false;
  function sync() {
    if (syncing || !navigator.onLine || offlinePage || shell) { return Promise.resolve(); }
    syncing = true;
    var notes = [];
    return currentKey().then(function (k) {
      if (!k) { return; }
      return all('udbakke').then(function (rows) {
        return rows.reduce(function (chain, row) {
          return chain.then(function (stop) {
            if (stop) { return true; }
            return decrypt(k.key, row.value).then(function (item) { return send(item, notes); })
              .then(function (done) { return done ? del('udbakke', row.key).then(function () { return false; }) : true; });
          });
        }, Promise.resolve(false));
      });
    }).catch(function (e) { /* the connection went again: the outbox stays */ })
      .then(function () {
        syncing = false;
        var note = null;
        if (notes.length) {
          note = document.createElement('span');
          notes.forEach(function (n) {
            var a = document.createElement('a');
            a.href = n.href; a.textContent = n.text; a.className = 'felt-valg ms-1';
            note.append(a);
          });
        }
        return refreshBadge(note);
      });
  }
  // One change: read the form as it is now, let the server merge, then post the result through the form's own command.
  function send(item, notes) {
    return fetch(item.page, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok || r.redirected) { throw new Error('page'); }
      return r.text();
    }).then(function (html) {
      var doc = new DOMParser().parseFromString(html, 'text/html');
      var form = Array.prototype.find.call(doc.querySelectorAll('form[method=post]'), function (f) { return pathOf(f.getAttribute('action') || item.page) === item.form; });
      if (!form) { throw new Error('form'); }
      var token = form.querySelector('input[name="__RequestVerificationToken"]').value;
      var theirs = item.isNew ? {} : fields(form);
      return fetch('/borgere/' + citizenOf(item.form) + '/felt/flet', {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', RequestVerificationToken: token },
        body: JSON.stringify({ form: item.form, base: item.base, mine: item.mine, theirs: theirs, labels: item.labels }),
      }).then(function (r) { return r.json(); }).then(function (j) {
        if (j.choose) { notes.push({ href: j.choose, text: 'Vælg udgave: ' + (doc.title.split(' – ')[0] || 'formular') }); return true; }
        if (!j.merged) { throw new Error(j.message || 'merge'); }
        var post = new URLSearchParams();
        Object.keys(j.merged).forEach(function (name) { j.merged[name].forEach(function (v) { post.append(name, v); }); });
        post.append('__RequestVerificationToken', token);
        return fetch(item.form, { method: 'POST', body: post, credentials: 'same-origin' }).then(function (r) {
          if (r.redirected && pathOf(r.url) !== '/konto/log-ind') { return true; }
          if (!r.ok && r.status !== 400) { throw new Error('post'); }
          // Refused (e.g. a date no longer valid): the merged form becomes the worker's draft of it, to put right and save.
          var draft = new FormData();
          draft.append('key', item.form); draft.append('data', JSON.stringify(j.merged));
          draft.append('__RequestVerificationToken', token);
          return fetch('/kladder', { method: 'POST', body: draft, credentials: 'same-origin' }).then(function (d) {
            if (!d.ok) { throw new Error('draft'); }
            notes.push({ href: item.page, text: 'Ret og gem: ' + (doc.title.split(' – ')[0] || 'formular') });
            return true;
          });
        });
      });
    });
  }

  // ---- start ---------------------------------------------------------------------------------------------------
  if (shell) { openStored(); return; }
  if (!body) { return; }
  if (body.getAttribute('data-signed-in') === 'false') {
    // Signed out, or the session ended on the server: what was taken along goes now. Unsent changes stay encrypted
    // until this user signs in again (they are sent then) or they expire.
    hasStore().then(function (exists) {
      if (!exists) { return; }
      return all('udbakke').then(function (rows) {
        if (!rows.length) { return wipe(false); }
        return wipe(true).then(function () {
          var main = document.getElementById('indhold');
          var p = document.createElement('p');
          p.className = 'alert alert-warning'; p.id = 'felt-venter';
          p.textContent = rows.length + (rows.length === 1 ? ' ændring' : ' ændringer') + ' fra felten venter på denne enhed. Log ind for at sende dem.';
          if (main) { main.insertBefore(p, main.firstChild); }
        });
      });
    });
    return;
  }
  hasStore().then(function (exists) {
    if (!exists) { return null; }
    return currentKey();
  }).then(function (k) {
    var take = document.getElementById('tag-med');
    if (take) {
      take.classList.remove('venter');
      take.addEventListener('submit', function (e) { e.preventDefault(); takeAlong(take); });
      take.querySelector('[data-felt-laeg-tilbage]').addEventListener('click', function () { putBack(take); });
      if (k) {
        get('sider', pathOf(take.action).replace(/\/felt\/tag-med$/, '')).then(function (page) {
          if (!page) { return; }
          take.querySelector('[data-felt-tilstand]').textContent = 'Taget med til kl. ' + k.until + '.';
          take.querySelector('[data-felt-laeg-tilbage]').classList.remove('d-none');
        });
      }
    }
    if (expired) { showBadge(0, 'Det, du tog med i felten, er udløbet og slettet fra enheden.'); return; }
    if (!k) { return; }
    if (offlinePage) { offlineForms(k); return refreshBadge(); }
    return sync();
  });
  window.addEventListener('online', function () { sync(); });
  // Signing out wipes the device: unsent changes are sent first, or kept only if the worker says so.
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (pathOf(form.getAttribute('action') || '') !== '/konto/log-ud' || form.hasAttribute('data-felt-klar')) { return; }
    e.preventDefault();
    hasStore().then(function (exists) { return exists ? sync().then(function () { return all('udbakke'); }) : []; })
      .then(function (rows) {
        if (rows.length && !window.confirm(rows.length + ' ændringer fra felten er ikke sendt endnu (ingen forbindelse). Log ud alligevel? Så slettes de fra enheden.')) { return false; }
        return wipe(false).then(function () { return true; });
      })
      .then(function (go) { if (go) { form.setAttribute('data-felt-klar', ''); form.submit(); } });
  }, true);
})();
