/* build-site search: a per-language index (docs/search.md) fetched on first use, and a search box
   that follows the ARIA combobox + listbox pattern. Index text only ever reaches the page as text
   nodes. The form dispatches "search:rendered" (results listed) and "search:snippets" (snippets
   filled in) with {query, count, time}; the benchmark times them. */
(function () {
  'use strict';
  var doc = document, form = doc.querySelector('form[data-search]');
  if (!form || !window.fetch || !''.normalize) return;
  var input = form.querySelector('input'), panel = form.querySelector('.search-panel');
  var list = form.querySelector('[role=listbox]'), msg = form.querySelector('.search-msg');
  var status = form.querySelector('[role=status]'), ds = form.dataset;
  var base = ds.search, root = base.replace(/search\/$/, '');
  var MAX = 8, IDLE = 120, PREFIX = 0.5, EXACT = 2;
  var MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, WORD = /^[a-z0-9]+$/;
  // Maps and own-property checks wherever a key comes from the index or the query: a word such as
  // "constructor" must not find Object.prototype's.
  var index, chunks = new Map(), texts = new Map(), textData = new Map(), seq = 0, active = -1, hits = [], timer;
  function own(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }
  // Browsers do not let a page opened from a file read the index's files: asking again would fail
  // the same way, so the failure is kept and the message says to serve the site instead.
  var fromFile = location.protocol === 'file:';

  /* Same folding as Java's Slugify.fold: marks removed, đ -> d, lower case. */
  function fold(s) {
    return s.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }
  /* Words of s as [{s: spelling, f: folded}], the way the index splits text. */
  function tokens(s) {
    var out = [], w = '', f = '', c;
    for (var ch of s) {
      c = fold(ch);
      if (WORD.test(c) || (!c && w)) { w += ch; f += c; continue; }
      if (w) out.push({ s: w, f: f, word: 1 });
      out.push({ s: ch });
      w = f = '';
    }
    if (w) out.push({ s: w, f: f, word: 1 });
    return out;
  }
  function get(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(r.status + ' ' + url);
      return r.json();
    });
  }
  function cached(cache, key, url) {
    if (!cache.has(key)) cache.set(key, get(url).catch(function (e) { if (!fromFile) cache.delete(key); throw e; }));
    return cache.get(key);
  }
  function load() {
    return cached(chunks, '', base + 'docs.json').then(function (d) {
      if (!d.known) d.known = new Set(d.chunks);
      return (index = d);
    });
  }
  function chunk(p) {
    return index.known.has(p) ? cached(chunks, '/' + p, base + 't/' + p + '.json') : Promise.resolve({});
  }
  function text(i) {
    return cached(texts, i, base + 'x/' + i + '.json').then(function (x) { textData.set(i, x); return x; });
  }
  function fill(s, k, v) { return (s || '').replace('{' + k + '}', v); }

  /* The query's indexable words; the last one is matched as a prefix. */
  function parse(q) {
    return tokens(q.normalize('NFC').toLowerCase()).filter(function (t) { return t.word && t.f.length > 1; });
  }
  function matches(ws) {
    var last = ws.length - 1;
    return function (f) {
      return ws.some(function (w, i) { return i === last ? f.indexOf(w.f) === 0 : f === w.f; });
    };
  }

  /* Ranking of docs/search.md: per word the best term's score x idf, a prefix match at PREFIX,
     the typed spelling at EXACT; every word must match. */
  function rank(ws, parts) {
    var n = index.docs.length, total = null;
    ws.forEach(function (w, i) {
      var best = new Float64Array(n), part = parts[i], last = i === ws.length - 1;
      (last ? Object.keys(part) : own(part, w.f) ? [w.f] : []).forEach(function (term) {
        var whole = term === w.f;
        if (!whole && term.indexOf(w.f)) return;
        var spell = part[term][0], post = part[term][1], exact = 0, k, d, s;
        for (k = 0; k < spell.length; k++) {
          if (whole ? spell[k] === w.s : spell[k].indexOf(w.s) === 0) exact |= 1 << k;
        }
        var idf = Math.log(1 + n / (post.length / 3)) * (whole ? 1 : PREFIX);
        for (k = 0; k < post.length; k += 3) {
          d = post[k];
          s = post[k + 1] * idf * (post[k + 2] & exact ? EXACT : 1);
          if (s > best[d]) best[d] = s;
        }
      });
      if (!total) total = best;
      else for (var d = 0; d < n; d++) total[d] = best[d] && total[d] ? total[d] + best[d] : 0;
    });
    var found = [];
    for (var d = 0; d < n; d++) if (total[d]) found.push(d);
    return found.sort(function (a, b) { return total[b] - total[a] || a - b; });
  }

  /* Appends s to el, words that match as <mark>. */
  function highlight(el, s, test) {
    var plain = '';
    tokens(s).forEach(function (t) {
      if (!t.word || !test(t.f)) { plain += t.s; return; }
      if (plain) el.appendChild(doc.createTextNode(plain));
      plain = '';
      el.appendChild(doc.createElement('mark')).textContent = t.s;
    });
    if (plain) el.appendChild(doc.createTextNode(plain));
  }

  /* About 180 characters of b around the spot where most query words meet. */
  function snippet(b, ws) {
    var f = fold(b), map, at = [], re, m, i, j, best = 0, bestN = 0, last = ws.length - 1;
    if (f.length !== b.length) { // a character folded to none or several: map positions back
      map = [];
      f = '';
      for (i = 0; i < b.length; i++) {
        m = fold(b[i]);
        for (j = 0; j < m.length; j++) map.push(i);
        f += m;
      }
    }
    var alts = ws.map(function (w, k) { return k === last ? w.f + '[a-z0-9]*' : w.f + '(?![a-z0-9])'; });
    re = new RegExp('(^|[^a-z0-9])(?:' + alts.map(function (a) { return '(' + a + ')'; }).join('|') + ')', 'g');
    while ((m = re.exec(f)) && at.length < 200) {
      for (i = 0; !m[i + 2]; i++);
      j = m.index + m[1].length;
      at.push([map ? map[j] : j, i]);
    }
    for (i = 0; i < at.length; i++) {
      var seen = {}, n = 0;
      for (j = i; j < at.length && at[j][0] < at[i][0] + 120; j++) if (!seen[at[j][1]]) { seen[at[j][1]] = 1; n++; }
      if (n > bestN) { bestN = n; best = at[i][0]; }
    }
    var start = Math.max(0, best - 50), end = Math.min(b.length, start + 180);
    if (start) start = b.indexOf(' ', start) + 1 || start;
    if (end < b.length) end = b.lastIndexOf(' ', end) > start ? b.lastIndexOf(' ', end) : end;
    return (start ? '… ' : '') + b.slice(start, end).replace(/\s+/g, ' ').trim() + (end < b.length ? ' …' : '');
  }

  /* The heading holding the most query words (none: null). */
  function heading(x, ws) {
    return (x.h || []).reduce(function (pick, h) {
      var n = count(h[1], ws);
      return n > (pick ? pick.n : 0) ? { id: h[0], title: h[1], n: n } : pick;
    }, null);
  }
  function count(s, ws) {
    var f = tokens(s).filter(function (t) { return t.word; }).map(function (t) { return t.f; }), last = ws.length - 1;
    return ws.filter(function (w, i) {
      return f.some(function (g) { return i === last ? g.indexOf(w.f) === 0 : g === w.f; });
    }).length;
  }

  function say(s) { status.textContent = s; }
  function show(on) {
    panel.hidden = !on;
    input.setAttribute('aria-expanded', String(on && hits.length > 0));
    if (!on) select(-1);
  }
  function message(s) {
    msg.textContent = s || '';
    msg.hidden = !s;
  }
  function select(i) {
    if (hits[active]) hits[active].setAttribute('aria-selected', 'false');
    active = i;
    if (hits[i]) {
      hits[i].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', hits[i].id);
      if (hits[i].scrollIntoView) hits[i].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }
  function emit(type, q, n, t0) {
    form.dispatchEvent(new CustomEvent(type, { bubbles: true, detail: { query: q, count: n, time: performance.now() - t0 } }));
  }

  function span(cls, parent) {
    var s = doc.createElement('span');
    s.className = cls;
    return parent.appendChild(s);
  }
  /* Snippet and deep link of an option, once the document's text is here. */
  function complete(a, d, ws, test) {
    var x = textData.get(d), sn = a.querySelector('.search-hit-snippet');
    if (!x || sn.firstChild) return;
    var info = index.docs[d], h = count(info[0], ws) < ws.length && heading(x, ws);
    if (h) {
      a.href = root + info[1] + '#' + encodeURIComponent(h.id);
      highlight(a.querySelector('.search-hit-context').appendChild(doc.createElement('span')), ' › ' + h.title, test);
    }
    highlight(sn, snippet(x.b, ws), test);
  }

  function render(q, ws, found, t0) {
    var test = matches(ws), top = found.slice(0, MAX), lang = doc.documentElement.lang;
    list.textContent = '';
    active = -1;
    input.removeAttribute('aria-activedescendant');
    hits = top.map(function (d, i) {
      var info = index.docs[d], a = doc.createElement('a');
      a.id = 'search-hit-' + i;
      a.className = 'search-hit';
      a.href = root + info[1];
      a.setAttribute('role', 'option');
      a.setAttribute('aria-selected', 'false');
      a.tabIndex = -1;
      if (info[4] && info[4] !== lang) a.lang = info[4];
      highlight(span('search-hit-title', a), info[0], test);
      var ctx = span('search-hit-context', a);
      span('search-hit-kind', ctx).textContent = ds['kind' + info[2].charAt(0).toUpperCase() + info[2].slice(1)] || info[2];
      if (info[3]) highlight(ctx, ' · ' + info[3], test);
      span('search-hit-snippet', a);
      complete(a, d, ws, test);
      return list.appendChild(a);
    });
    message(found.length ? '' : fill(ds.empty, 'q', q.trim()));
    say(found.length ? fill(found.length === 1 ? ds.one : ds.count, 'n', found.length) : msg.textContent);
    show(doc.activeElement === input);
    emit('search:rendered', q, found.length, t0);
    var missing = top.filter(function (d) { return !textData.has(d); });
    if (!missing.length) return emit('search:snippets', q, found.length, t0);
    clearTimeout(timer);
    timer = setTimeout(function () { // only once typing pauses: every keystroke needs no text files
      var me = seq;
      Promise.all(missing.map(function (d) { return text(d).catch(function () { return null; }); })).then(function () {
        if (me !== seq) return;
        hits.forEach(function (a, i) { complete(a, top[i], ws, test); });
        emit('search:snippets', q, found.length, t0);
      });
    }, IDLE);
  }

  function search() {
    var q = input.value, ws = parse(q), me = ++seq, t0 = performance.now();
    clearTimeout(timer);
    if (!ws.length) {
      hits = [];
      list.textContent = '';
      message('');
      say('');
      return show(false);
    }
    if (!index) {
      message(ds.loading);
      show(true);
    }
    load().then(function () {
      return Promise.all(ws.map(function (w) { return chunk(w.f.slice(0, 2)); }));
    }).then(function (parts) {
      if (me === seq) render(q, ws, rank(ws, parts), t0);
    }, function () {
      if (me !== seq) return;
      var why = fromFile && ds.errorFile || ds.error;
      hits = [];
      list.textContent = '';
      message(why);
      say(why);
      show(true);
    });
  }

  function go(a) {
    if (a) location.href = a.href;
  }

  input.addEventListener('input', search);
  input.addEventListener('focus', function () {
    load().catch(function () { /* reported when a search runs */ });
    if (hits.length || !msg.hidden) show(true);
  });
  input.addEventListener('keydown', function (e) {
    var n = hits.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!n) return;
      e.preventDefault();
      if (panel.hidden) show(true);
      select(e.key === 'ArrowDown' ? (active + 1) % n : (active < 1 ? n : active) - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!panel.hidden) go(hits[active] || hits[0]);
    } else if (e.key === 'Escape') {
      if (!panel.hidden) show(false);
      else if (input.value) { input.value = ''; search(); }
      e.preventDefault();
    }
  });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('focusout', function (e) {
    if (!form.contains(e.relatedTarget)) show(false);
  });
  panel.addEventListener('mousedown', function (e) { e.preventDefault(); }); // keep focus in the input
  doc.addEventListener('keydown', function (e) {
    var t = e.target, tag = t && t.tagName;
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (t && t.isContentEditable)) return;
    e.preventDefault();
    input.focus();
    input.select();
  });
  form.hidden = false;
})();
