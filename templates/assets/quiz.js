/* Practice-exam page: drives #quiz-app from the JSON in #quiz-data / #quiz-strings.
 * Plain ES2017, no library. The DOM is built with createElement(NS)/textContent only: bank text
 * never goes through innerHTML. Progress and history stay in this browser's localStorage. */
(function () {
  'use strict';

  var doc = document, app = doc.getElementById('quiz-app');
  function parse(id) {
    var n = doc.getElementById(id);
    try { return n ? JSON.parse(n.textContent) : null; } catch (e) { return null; }
  }
  var data = parse('quiz-data'), S = parse('quiz-strings') || {};
  if (!app || !data || typeof data !== 'object') return; // the static question sheet stays visible

  var questions = Array.isArray(data.questions) ? data.questions : [];
  var domains = Array.isArray(data.domains) ? data.domains : [];
  var passing = typeof data.passingScore === 'number' ? data.passingScore : 70;
  var minutes = data.durationMinutes > 0 ? Number(data.durationMinutes) : 0;
  var bankLang = data.lang || null;
  var lang = app.getAttribute('lang') || doc.documentElement.lang || '';
  var KEY = 'build-site.quiz.' + String(data.slug || location.pathname) + '.' + lang;
  var MIN = 60000;

  // ---- helpers ---------------------------------------------------------------------------------
  // t('quiz_question_of', {n: 3, total: 12}) fills {n} and {total}; a missing key shows the key.
  function t(key, params) {
    var s = typeof S[key] === 'string' ? S[key] : key;
    return !params ? s : s.replace(/\{(\w+)\}/g, function (m, k) {
      return Object.prototype.hasOwnProperty.call(params, k) ? String(params[k]) : m;
    });
  }

  // el(tag, attrs | 'class', kids[] | 'text'); null/false attributes and null kids are skipped.
  function el(tag, attrs, kids, ns) {
    var n = ns ? doc.createElementNS(ns, tag) : doc.createElement(tag);
    if (typeof attrs === 'string') attrs = { class: attrs };
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v != null && v !== false) n.setAttribute(k, v === true ? '' : String(v));
    });
    if (typeof kids === 'string') n.textContent = kids;
    else (kids || []).forEach(function (c) {
      if (c != null) n.appendChild(typeof c === 'string' ? doc.createTextNode(c) : c);
    });
    return n;
  }
  var SVG = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, kids) { return el(tag, attrs, kids, SVG); }

  // Bank text in the bank's language; `code` spans become <code>, the rest text nodes.
  function rich(tag, cls, text) {
    var n = el(tag, { class: cls, lang: bankLang });
    var s = text == null ? '' : String(text), re = /`([^`]+)`/g, last = 0, m;
    while ((m = re.exec(s))) {
      if (m.index > last) n.appendChild(doc.createTextNode(s.slice(last, m.index)));
      n.appendChild(el('code', null, m[1]));
      last = re.lastIndex;
    }
    if (last < s.length) n.appendChild(doc.createTextNode(s.slice(last)));
    return n;
  }

  function letter(i) { return String.fromCharCode(65 + i); }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  // 12:05 or 1:02:05; remaining time rounds up (never shows 00:00 before the end), used time down.
  function clock(ms, up) {
    var s = Math.max(0, up ? Math.ceil(ms / 1000) : Math.floor(ms / 1000)), h = Math.floor(s / 3600);
    return (h ? h + ':' : '') + pad(Math.floor(s / 60) % 60) + ':' + pad(s % 60);
  }
  // Records keyed by data (question positions) inherit nothing, so no key can reach Object.prototype.
  function table() { return Object.create(null); }
  function isInt(n, lo, hi) { return typeof n === 'number' && n % 1 === 0 && n >= lo && n < hi; }
  function range(n) { for (var a = [], i = 0; i < n; i++) a.push(i); return a; }
  function shuffled(a) {
    a = a.slice();
    for (var i = a.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1)), x = a[i];
      a[i] = a[j]; a[j] = x;
    }
    return a;
  }
  function options(qi) { return Array.isArray(questions[qi].options) ? questions[qi].options : []; }
  function mode(m) { return t(m === 'exam' ? 'quiz_mode_exam' : 'quiz_mode_practice'); }

  function button(key, testid, primary, onClick, params) {
    var b = el('button', { type: 'button', class: 'quiz-btn' + (primary ? ' quiz-btn-primary' : ''), 'data-testid': testid }, t(key, params));
    b.addEventListener('click', onClick);
    return b;
  }

  // Percentages are floored, so a shown score never looks like a pass when the exact ratio is not.
  function pct(c, n) { return n ? Math.floor((c * 100) / n) : 0; }
  function passes(c, n) { return n > 0 && c * 100 >= passing * n; }

  // ---- storage: {v, attempt, history} under one key per quiz and page language ------------------
  var store = (function () {
    try {
      var s = window.localStorage, k = KEY + '.probe';
      s.setItem(k, '1');
      s.removeItem(k);
      return s;
    } catch (e) { return null; } // blocked (private mode, policy): work without persistence
  })();

  // An attempt from storage is used only when every part is well-formed and fits this bank.
  function cleanAttempt(a) {
    if (!a || typeof a !== 'object' || (a.mode !== 'practice' && a.mode !== 'exam') ||
        !Array.isArray(a.order) || !a.order.length || !Array.isArray(a.ids)) return null;
    var r = { mode: a.mode, shuffle: a.shuffle === true, order: [], ids: [], opts: table(), answers: table(), flags: table() };
    var seen = table(), opts = a.opts || {}, ans = a.answers || {}, flags = a.flags || {};
    for (var i = 0; i < a.order.length; i++) {
      var qi = a.order[i];
      if (!isInt(qi, 0, questions.length) || seen[qi] || String(questions[qi].id) !== String(a.ids[i])) return null;
      seen[qi] = 1;
      var n = options(qi).length, p = opts[qi], v = ans[qi];
      if (!Array.isArray(p) || p.length !== n || p.some(function (x, j) { return !isInt(x, 0, n) || p.indexOf(x) !== j; })) return null;
      if (v != null && !isInt(v, 0, n)) return null;
      r.order.push(qi);
      r.ids.push(String(questions[qi].id));
      r.opts[qi] = p.slice();
      if (v != null) r.answers[qi] = v;
      if (flags[qi] === true) r.flags[qi] = true;
    }
    r.pos = isInt(a.pos, 0, r.order.length) ? a.pos : 0;
    r.elapsed = Number.isFinite(a.elapsed) && a.elapsed > 0 ? +a.elapsed : 0;
    r.limit = Number.isFinite(a.limit) && a.limit > 0 && a.mode === 'exam' ? +a.limit : 0;
    r.warned = isInt(a.warned, 0, 3) ? a.warned : 0;
    return r;
  }
  function cleanHistory(h) {
    return (Array.isArray(h) ? h : []).filter(function (x) {
      return x && typeof x === 'object' && Number.isFinite(x.date) && (x.mode === 'practice' || x.mode === 'exam') &&
        isInt(x.total, 1, 1e6) && isInt(x.correct, 0, x.total + 1);
    }).map(function (x) {
      return { date: +x.date, mode: x.mode, correct: x.correct, total: x.total, passed: x.passed === true,
        time: Number.isFinite(x.time) && x.time > 0 ? +x.time : 0 };
    }).slice(-50);
  }
  var saved = (function () {
    var o = null;
    try { o = store && JSON.parse(store.getItem(KEY)); } catch (e) { o = null; }
    o = o && typeof o === 'object' ? o : {};
    return { attempt: cleanAttempt(o.attempt), history: cleanHistory(o.history) };
  })();
  function persist() {
    if (!store) return;
    try {
      if (!saved.attempt && !saved.history.length) store.removeItem(KEY);
      else store.setItem(KEY, JSON.stringify({ v: 1, attempt: saved.attempt, history: saved.history }));
    } catch (e) { /* quota or blocked: keep going in memory */ }
  }

  // ---- state -----------------------------------------------------------------------------------
  // st: the attempt in progress (also saved.attempt); done: the attempt whose results are shown.
  var screen = 'intro', st = null, done = null, view = null, dialog = null, filter = 'all';
  var prefs = { mode: 'practice', shuffle: false, count: 0 };
  var timer = null, last = 0, lastSec = -1;

  function counts(a) {
    var c = { total: a.order.length, answered: 0, flagged: 0 };
    a.order.forEach(function (qi) {
      if (a.answers[qi] != null) c.answered++;
      if (a.flags[qi]) c.flagged++;
    });
    c.unanswered = c.total - c.answered;
    return c;
  }
  function examLimit(n) {
    return minutes ? Math.max(1, Math.round((minutes * n) / questions.length)) * MIN : 0;
  }

  // ---- actions ---------------------------------------------------------------------------------
  function start() {
    var all = range(questions.length), n = prefs.count > 0 && prefs.count < all.length ? prefs.count : all.length;
    var order = n < all.length ? shuffled(all).slice(0, n) : all;
    order = prefs.shuffle ? shuffled(order) : order.sort(function (a, b) { return a - b; });
    var opts = table();
    order.forEach(function (qi) {
      var o = range(options(qi).length);
      opts[qi] = prefs.shuffle ? shuffled(o) : o;
    });
    var limit = prefs.mode === 'exam' ? examLimit(n) : 0;
    st = saved.attempt = {
      mode: prefs.mode, shuffle: prefs.shuffle, order: order,
      ids: order.map(function (qi) { return String(questions[qi].id); }), opts: opts, answers: table(), flags: table(),
      pos: 0, elapsed: 0, limit: limit, warned: !limit ? 0 : limit <= MIN ? 2 : limit <= 5 * MIN ? 1 : 0
    };
    persist();
    resume();
  }

  function resume() {
    st = saved.attempt;
    done = null;
    say('');
    last = Date.now();
    lastSec = -1;
    clearInterval(timer);
    timer = setInterval(tick, 250);
    go('question');
    tick();
  }

  function tick() {
    if (!st) return;
    var n = Date.now();
    st.elapsed += Math.max(0, n - last);
    last = n;
    if (st.limit) {
      var left = st.limit - st.elapsed, w = left <= MIN ? 2 : left <= 5 * MIN ? 1 : 0;
      if (left <= 0) { finish(true); return; }
      if (w > st.warned) {
        st.warned = w;
        say(w === 2 ? t('quiz_time_warning_one') : t('quiz_time_warning', { n: 5 }));
        persist();
      }
      if (view && view.clock) {
        var txt = clock(left, true);
        if (view.clock.textContent !== txt) view.clock.textContent = txt;
        view.timer.className = 'quiz-timer' + (w ? ' is-low' : '');
      }
    }
    var sec = Math.floor(st.elapsed / 1000);
    if (sec !== lastSec) { lastSec = sec; persist(); }
  }

  function finish(auto) {
    if (!st) return;
    var n = Date.now();
    st.elapsed += Math.max(0, n - last);
    if (st.limit && st.elapsed > st.limit) st.elapsed = st.limit;
    clearInterval(timer);
    timer = null;
    if (dialog) { var d = dialog; dialog = null; d.close(); }
    var c = score(st);
    saved.history = saved.history.concat([{ date: Date.now(), mode: st.mode, correct: c.correct, total: c.total,
      passed: passes(c.correct, c.total), time: st.elapsed }]).slice(-50);
    saved.attempt = null;
    persist();
    done = st;
    st = null;
    filter = 'all';
    say(auto ? t('quiz_time_up') : '');
    go('results');
  }

  function discard() {
    saved.attempt = st = null;
    persist();
    status(t('quiz_discarded'));
    go('intro');
  }

  function goTo(pos) {
    if (!st || pos < 0 || pos >= st.order.length || pos === st.pos) return;
    st.pos = pos;
    persist();
    go('question');
  }

  function toggleFlag() {
    var qi = st.order[st.pos];
    if (st.flags[qi]) delete st.flags[qi]; else st.flags[qi] = true;
    persist();
    view.flag.setAttribute('aria-pressed', String(!!st.flags[qi]));
    status(t(st.flags[qi] ? 'quiz_flagged_on' : 'quiz_flagged_off', { n: st.pos + 1 }));
    refresh();
  }

  // Option at shown position `pos` chosen (click, arrow keys inside the group, 1-9 / A-E).
  function pick(pos) {
    if (st.mode === 'exam') {
      st.answers[view.qi] = view.perm[pos];
      persist();
      refresh();
    }
    view.hint.textContent = '';
  }

  function check() {
    var sel = view.inputs.filter(function (i) { return i.checked; })[0];
    if (!sel) { view.hint.textContent = t('quiz_choose_option'); return; }
    st.answers[view.qi] = Number(sel.value);
    persist();
    showAnswer();
    refresh();
    view.actions.lastChild.focus();
  }

  // Next question; after the last one, the results (or the submit dialog when something is open).
  function onward() {
    if (st.mode === 'practice' && st.answers[view.qi] == null) { check(); return; }
    if (st.pos < st.order.length - 1) goTo(st.pos + 1);
    else confirmFinish();
  }

  function confirmFinish() {
    var c = counts(st);
    if (st.mode === 'practice' && !c.unanswered && !c.flagged) finish(false);
    else openDialog(c);
  }

  // A modal <dialog>: counts unanswered and flagged questions. Escape or "Back" closes it and
  // focus returns to the control that opened it.
  function openDialog(c) {
    if (dialog) return;
    var exam = st.mode === 'exam', opener = doc.activeElement;
    var back = button('quiz_dialog_back', 'quiz-dialog-cancel', false, function () { d.close(); });
    var d = el('dialog', {
      class: 'quiz-dialog', 'aria-labelledby': 'quiz-dialog-title', 'aria-describedby': 'quiz-dialog-desc', 'data-testid': 'quiz-dialog'
    }, [
      el('h2', { id: 'quiz-dialog-title' }, t(exam ? 'quiz_dialog_title_exam' : 'quiz_dialog_title_practice')),
      el('div', { id: 'quiz-dialog-desc' }, [
        el('ul', 'quiz-dialog-counts', [
          el('li', { 'data-testid': 'quiz-dialog-answered' }, t('quiz_dialog_answered', { n: c.answered, total: c.total })),
          el('li', { 'data-testid': 'quiz-dialog-unanswered' }, t('quiz_dialog_unanswered', { n: c.unanswered })),
          el('li', { 'data-testid': 'quiz-dialog-flagged' }, t('quiz_dialog_flagged', { n: c.flagged }))
        ]),
        c.unanswered ? el('p', 'quiz-dialog-note', t('quiz_dialog_note')) : null
      ]),
      el('div', 'quiz-actions', [back, button(exam ? 'quiz_submit' : 'quiz_finish', 'quiz-dialog-submit', true, function () {
        finish(false);
      })])
    ]);
    d.addEventListener('close', function () {
      if (dialog === d) dialog = null;
      d.remove();
      if (opener && opener.isConnected && opener.focus) opener.focus();
    });
    app.appendChild(d);
    dialog = d;
    d.showModal();
    back.focus();
  }

  // ---- keyboard: 1-9 / A-E choose, arrows move, F flags, Enter goes on ---------------------------
  doc.addEventListener('keydown', function (e) {
    if (screen !== 'question' || !st || !view || dialog || e.defaultPrevented || e.isComposing || e.ctrlKey || e.metaKey || e.altKey) return;
    var tg = e.target || doc.body, tag = tg.tagName, radio = tag === 'INPUT' && tg.type === 'radio', k = e.key;
    if (tag === 'TEXTAREA' || tag === 'SELECT' || tg.isContentEditable || (tag === 'INPUT' && !radio)) return;
    if (!app.contains(tg) && tg.closest && tg.closest('a, button, summary, dialog')) return;
    if (k === 'ArrowLeft' || k === 'ArrowRight') {
      if (radio) return; // native radio group behaviour
      e.preventDefault();
      goTo(st.pos + (k === 'ArrowLeft' ? -1 : 1));
    } else if (k === 'f' || k === 'F') {
      e.preventDefault();
      toggleFlag();
    } else if (k === 'Enter') {
      if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return; // native activation
      e.preventDefault();
      onward();
    } else if (/^[1-9a-e]$/i.test(k)) {
      var pos = /\d/.test(k) ? Number(k) - 1 : k.toUpperCase().charCodeAt(0) - 65, input = view.inputs[pos];
      if (!input || input.disabled) return;
      e.preventDefault();
      input.checked = true;
      if (radio) input.focus();
      pick(pos);
      status(t('quiz_selected', { letter: letter(pos) }));
    }
  });

  window.addEventListener('pagehide', function () { if (st) { tick(); persist(); } });

  // ---- rendering -------------------------------------------------------------------------------
  var screens = { intro: renderIntro, question: renderQuestion, results: renderResults };
  var box = el('div', 'quiz-screen-box');
  var alertBox = el('div', { class: 'quiz-alert', 'aria-live': 'assertive', 'aria-atomic': 'true', 'data-testid': 'quiz-alert' });
  var statusBox = el('div', { class: 'quiz-sr', role: 'status', 'data-testid': 'quiz-status' });

  function say(msg) { alertBox.textContent = msg; }
  function status(msg) {
    statusBox.textContent = '';
    setTimeout(function () { statusBox.textContent = msg; }, 30);
  }

  function go(s) {
    screen = s;
    render(true);
  }

  function render(moveFocus) {
    app.setAttribute('data-state', screen);
    app.setAttribute('data-mode', st ? st.mode : done ? done.mode : '');
    view = null;
    box.textContent = '';
    box.appendChild(screens[screen]());
    var f = moveFocus && box.querySelector('[data-autofocus]');
    if (f) f.focus();
  }

  function heading(key) {
    return el('h2', { tabindex: '-1', 'data-autofocus': true }, t(key));
  }

  function renderIntro() {
    return el('div', 'quiz-screen quiz-intro', [
      heading('quiz_intro_heading'),
      el('ul', 'quiz-facts', [
        el('li', null, t('quiz_question_count', { n: questions.length })),
        minutes ? el('li', null, t('quiz_duration', { n: minutes })) : null,
        el('li', null, t('quiz_passing_score', { n: passing }))
      ]),
      domains.length ? el('h3', null, t('quiz_domains_heading')) : null,
      domains.length ? el('ul', 'quiz-weights', domains.map(function (d) {
        return el('li', null, [
          el('span', { class: 'quiz-weight-name', lang: bankLang }, String(d.name)),
          d.weight != null ? el('span', 'quiz-weight-value', t('quiz_domain_weight', { weight: d.weight })) : null
        ]);
      })) : null,
      !questions.length ? el('p', 'quiz-empty', t('quiz_no_questions')) : saved.attempt ? renderResume(saved.attempt) : renderSetup(),
      store ? null : el('p', { class: 'quiz-note', 'data-testid': 'quiz-storage-off' }, t('quiz_storage_off')),
      renderHistory()
    ]);
  }

  function renderResume(a) {
    var c = counts(a);
    return el('section', { class: 'quiz-panel quiz-resume', 'aria-labelledby': 'quiz-resume-title', 'data-testid': 'quiz-resume-panel' }, [
      el('h3', { id: 'quiz-resume-title' }, t('quiz_resume_heading')),
      el('p', { 'data-testid': 'quiz-resume-info' }, [mode(a.mode), ' · ', t('quiz_answered_of', { n: c.answered, total: c.total }),
        a.limit ? ' · ' + t('quiz_time_left_value', { time: clock(a.limit - a.elapsed, true) }) : null]),
      el('div', 'quiz-actions', [
        button('quiz_resume', 'quiz-resume', true, resume),
        button('quiz_discard', 'quiz-discard', false, discard)
      ])
    ]);
  }

  function renderSetup() {
    var examDesc = el('span', { id: 'quiz-mode-exam-desc', class: 'quiz-choice-desc' });
    function choice(m, desc) {
      var input = el('input', { type: 'radio', name: 'quiz-mode', value: m, id: 'quiz-mode-' + m,
        'aria-describedby': 'quiz-mode-' + m + '-desc', 'data-testid': 'quiz-mode-' + m });
      input.checked = prefs.mode === m;
      return el('div', 'quiz-choice', [input, el('label', { for: 'quiz-mode-' + m }, [
        el('span', 'quiz-choice-name', mode(m)), desc])]);
    }
    var shuffle = el('input', { type: 'checkbox', id: 'quiz-shuffle', 'data-testid': 'quiz-shuffle' });
    shuffle.checked = prefs.shuffle;
    var sizes = [];
    for (var k = 5; k < questions.length; k += k < 20 ? 5 : k < 50 ? 10 : 25) sizes.push(k);
    var count = sizes.length ? el('select', { id: 'quiz-count', 'data-testid': 'quiz-count' },
      [el('option', { value: '0' }, t('quiz_count_all', { n: questions.length }))].concat(sizes.map(function (n) {
        return el('option', { value: n }, t('quiz_count_random', { n: n }));
      }))) : null;
    if (count) count.value = String(sizes.indexOf(prefs.count) >= 0 ? prefs.count : 0);
    function n() { return count && Number(count.value) > 0 ? Number(count.value) : questions.length; }
    function describe() {
      var lim = examLimit(n());
      examDesc.textContent = lim ? t('quiz_mode_exam_desc', { n: lim / MIN }) : t('quiz_mode_exam_untimed');
    }
    describe();
    if (count) count.addEventListener('change', describe);

    var form = el('form', { class: 'quiz-panel quiz-setup', 'data-testid': 'quiz-setup', 'aria-labelledby': 'quiz-setup-title' }, [
      el('h3', { id: 'quiz-setup-title' }, t('quiz_setup_heading')),
      el('fieldset', 'quiz-modes', [
        el('legend', null, t('quiz_mode_legend')),
        choice('practice', el('span', { id: 'quiz-mode-practice-desc', class: 'quiz-choice-desc' }, t('quiz_mode_practice_desc'))),
        choice('exam', examDesc)
      ]),
      el('div', 'quiz-choice', [shuffle, el('label', { for: 'quiz-shuffle' }, t('quiz_shuffle'))]),
      count ? el('div', 'quiz-field', [el('label', { for: 'quiz-count' }, t('quiz_count_label')), count]) : null,
      el('div', 'quiz-actions', [el('button', { type: 'submit', class: 'quiz-btn quiz-btn-primary', 'data-testid': 'quiz-start' }, t('quiz_start'))])
    ]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var m = form.querySelector('input[name=quiz-mode]:checked');
      prefs = { mode: m && m.value === 'exam' ? 'exam' : 'practice', shuffle: shuffle.checked, count: n() < questions.length ? n() : 0 };
      start();
    });
    return form;
  }

  function renderQuestion() {
    var a = st, exam = a.mode === 'exam', total = a.order.length, qi = a.order[a.pos], q = questions[qi] || {};
    var perm = a.opts[qi], name = 'quiz-answer-' + qi, last = a.pos === total - 1;
    var v = view = { qi: qi, q: q, perm: perm, inputs: [], grid: [] };

    var labels = perm.map(function (oi, pos) {
      var input = el('input', { type: 'radio', name: name, value: oi, id: name + '-' + pos, 'data-testid': 'quiz-option', 'data-letter': letter(pos) });
      input.checked = a.answers[qi] === oi;
      input.addEventListener('change', function () { if (input.checked) pick(pos); });
      v.inputs.push(input);
      return el('label', { class: 'quiz-option', for: name + '-' + pos }, [
        input, el('span', 'quiz-letter', letter(pos) + '.'), rich('span', 'quiz-option-text', options(qi)[oi])
      ]);
    });
    v.fieldset = el('fieldset', {
      class: 'quiz-question', 'data-testid': 'quiz-question', 'data-index': a.pos, 'data-question-id': q.id
    }, [
      el('legend', { class: 'quiz-legend', tabindex: '-1', 'data-autofocus': true }, [
        el('span', 'quiz-qnum', t('quiz_question_of', { n: a.pos + 1, total: total })),
        ' ',
        rich('span', 'quiz-qtext', q.question)
      ]),
      el('div', 'quiz-options', labels)
    ]);
    v.hint = el('p', { class: 'quiz-hint', 'aria-live': 'polite' });
    v.feedback = exam ? null : el('div', { class: 'quiz-feedback', 'data-testid': 'quiz-feedback', 'aria-live': 'polite' });

    v.bar = el('div', {
      class: 'quiz-progress', role: 'progressbar', 'aria-label': t('quiz_progress_label'), 'aria-valuemin': 0, 'aria-valuemax': total
    }, [el('div', 'quiz-progress-bar')]);
    v.count = el('span', { class: 'quiz-answered', 'data-testid': 'quiz-answered' });
    v.clock = a.limit ? el('span', { class: 'quiz-clock', role: 'timer', 'data-testid': 'quiz-clock' }, clock(a.limit - a.elapsed, true)) : null;
    v.timer = el('p', 'quiz-timer', [t('quiz_time_left') + ' ', v.clock]);

    var nav = el('nav', { class: 'quiz-nav', 'aria-label': t('quiz_grid_label') }, [
      el('ol', { class: 'quiz-grid', role: 'list' }, a.order.map(function (x, i) {
        var b = el('button', { type: 'button', class: 'quiz-grid-btn', 'data-testid': 'quiz-grid-item', 'data-index': i }, String(i + 1));
        b.addEventListener('click', function () { goTo(i); });
        v.grid.push(b);
        return el('li', null, [b]);
      }))
    ]);

    var prev = button('quiz_prev', 'quiz-prev', false, function () { goTo(a.pos - 1); });
    prev.disabled = a.pos === 0;
    v.flag = el('button', { type: 'button', class: 'quiz-btn quiz-flag', 'aria-pressed': String(!!a.flags[qi]), 'data-testid': 'quiz-flag' },
      [el('span', { class: 'quiz-flag-icon', 'aria-hidden': 'true' }, '⚑'), ' ' + t('quiz_flag')]);
    v.flag.addEventListener('click', toggleFlag);
    v.actions = el('div', 'quiz-actions quiz-question-actions', [prev, v.flag,
      exam ? button(last ? 'quiz_review_submit' : 'quiz_next', 'quiz-next', true, onward)
        : a.answers[qi] == null ? button('quiz_check', 'quiz-check', true, check) : null]);

    var screenEl = el('div', 'quiz-screen quiz-question-screen', [
      el('div', 'quiz-toolbar', [
        el('p', { class: 'quiz-mode-tag', 'data-testid': 'quiz-mode' }, mode(a.mode)),
        v.clock ? v.timer : null,
        button(exam ? 'quiz_submit' : 'quiz_finish', 'quiz-submit', false, confirmFinish)
      ]),
      el('div', 'quiz-progress-row', [v.bar, v.count]),
      nav, v.fieldset, v.hint, v.feedback, v.actions,
      el('p', 'quiz-keys', t('quiz_keys_hint'))
    ]);
    if (!exam && a.answers[qi] != null) showAnswer();
    refresh();
    return screenEl;
  }

  // Progress, answered count and the grid's states after any change.
  function refresh() {
    var a = st, v = view, c = counts(a), exam = a.mode === 'exam';
    v.bar.setAttribute('aria-valuenow', c.answered);
    v.bar.setAttribute('aria-valuetext', c.answered + '/' + c.total);
    v.bar.firstChild.style.width = (c.answered * 100) / c.total + '%';
    v.count.textContent = t('quiz_answered_of', { n: c.answered, total: c.total });
    v.grid.forEach(function (b, i) {
      var qi = a.order[i], ans = a.answers[qi], flagged = !!a.flags[qi], state = ans == null ? 'unanswered'
        : exam ? 'answered' : ans === questions[qi].correct ? 'correct' : 'wrong';
      var words = [t('quiz_grid_item', { n: i + 1 }), t(state === 'answered' ? 'quiz_state_answered' : state === 'correct' ? 'quiz_state_correct'
        : state === 'wrong' ? 'quiz_state_wrong' : 'quiz_state_unanswered')];
      if (flagged) words.push(t('quiz_state_flagged'));
      b.className = 'quiz-grid-btn is-' + state + (ans != null ? ' is-answered' : '') + (flagged ? ' is-flagged' : '');
      b.setAttribute('aria-label', words.join(', '));
      b.setAttribute('data-answered', String(ans != null));
      b.setAttribute('data-flagged', String(flagged));
      if (i === a.pos) b.setAttribute('aria-current', 'step'); else b.removeAttribute('aria-current');
    });
  }

  // Practice: lock and mark the options, fill the live region, swap Check for Next.
  function showAnswer() {
    var v = view, q = v.q, choice = st.answers[v.qi], right = choice === q.correct, fb = v.feedback;
    v.fieldset.setAttribute('data-answered', 'true');
    v.inputs.forEach(function (input) {
      var oi = Number(input.value), mark = oi === q.correct ? 'correct' : oi === choice ? 'wrong' : '';
      input.disabled = true;
      input.checked = oi === choice;
      if (!mark) return;
      input.parentNode.classList.add('is-' + mark);
      input.parentNode.appendChild(el('span', 'quiz-mark', t(mark === 'correct' ? 'quiz_correct_answer' : 'quiz_your_answer')));
    });
    v.hint.textContent = '';
    fb.textContent = '';
    fb.className = 'quiz-feedback ' + (right ? 'is-correct' : 'is-wrong');
    fb.setAttribute('data-correct', String(right));
    fb.appendChild(el('p', 'quiz-feedback-verdict', [
      el('span', { class: 'quiz-icon', 'aria-hidden': 'true' }, right ? '✓' : '✗'),
      ' ',
      el('strong', null, t(right ? 'quiz_feedback_correct' : 'quiz_feedback_incorrect', { letter: letter(v.perm.indexOf(q.correct)) }))
    ]));
    if (q.explanation) {
      fb.appendChild(el('p', 'quiz-explanation', [
        el('span', 'quiz-explanation-label', t('quiz_explanation') + ': '),
        rich('span', 'quiz-explanation-text', q.explanation)
      ]));
    }
    var acts = v.actions, old = acts.querySelector('[data-testid=quiz-check]');
    if (old) old.remove();
    acts.appendChild(button(st.pos >= st.order.length - 1 ? 'quiz_see_results' : 'quiz_next', 'quiz-next', true, onward));
  }

  // Totals per domain (data.domains order, then unknown domains), weakest first. A Map, as a domain
  // may be named __proto__ or constructor.
  function score(a) {
    var byName = new Map(), list = [], correct = 0;
    function domain(name, d) {
      var k = String(name == null ? '' : name), row = byName.get(k);
      if (!row) {
        list.push(row = { name: k, weight: d ? d.weight : null, lessons: d && Array.isArray(d.lessons) ? d.lessons : [],
          correct: 0, total: 0, idx: list.length });
        byName.set(k, row);
      }
      return row;
    }
    domains.forEach(function (d) { domain(d.name, d); });
    a.order.forEach(function (qi) {
      var d = domain(questions[qi].domain);
      d.total++;
      if (a.answers[qi] === questions[qi].correct) { correct++; d.correct++; }
    });
    var rows = list.filter(function (d) { return d.total > 0; });
    rows.sort(function (x, y) { return x.correct / x.total - y.correct / y.total || x.idx - y.idx; });
    return { correct: correct, total: a.order.length, domains: rows };
  }

  // A lesson link only for a relative or http(s) address (browsers ignore tabs and newlines in a scheme).
  function safeHref(h) {
    var c = typeof h === 'string' ? h.replace(/[\u0000-\u0020\u007f]/g, '') : '';
    return c && (!/^[a-z][a-z0-9+.-]*:/i.test(c) || /^https?:/i.test(c)) ? h : null;
  }

  function renderResults() {
    var a = done, r = score(a), passed = passes(r.correct, r.total), weak = 0;
    var rows = r.domains.map(function (d) {
      var p = pct(d.correct, d.total), ok = passes(d.correct, d.total);
      var fill = el('span', 'quiz-bar-fill'), mark = el('span', 'quiz-bar-mark');
      fill.style.width = p + '%';
      mark.style.left = Math.min(100, passing) + '%';
      if (!ok) weak++;
      return el('li', {
        class: 'quiz-domain ' + (ok ? 'is-pass' : 'is-fail'), 'data-testid': 'quiz-domain-row', 'data-domain': d.name, 'data-passed': String(ok)
      }, [
        el('div', 'quiz-domain-head', [
          el('span', { class: 'quiz-domain-name', lang: bankLang }, d.name),
          d.weight != null ? el('span', 'quiz-domain-weight', t('quiz_domain_weight', { weight: d.weight })) : null,
          el('span', 'quiz-domain-score', t('quiz_domain_score', { correct: d.correct, total: d.total, pct: p }))
        ]),
        el('div', { class: 'quiz-bar', 'aria-hidden': 'true' }, [fill, mark]),
        ok || !d.lessons.length ? null : el('div', 'quiz-review', [
          el('p', 'quiz-review-heading', t('quiz_review_heading')),
          el('ul', null, d.lessons.map(function (l) {
            var href = safeHref(l && l.href), title = String(l && l.title != null ? l.title : '');
            return el('li', null, href
              ? [el('a', { href: href, 'data-testid': 'quiz-review-link' }, title)]
              : [el('span', 'quiz-lesson-title', title), ' ', el('span', { class: 'quiz-soon', 'data-testid': 'quiz-coming-soon' }, t('quiz_coming_soon'))]);
          }))
        ])
      ]);
    });

    return el('div', { class: 'quiz-screen quiz-results', 'data-testid': 'quiz-results' }, [
      heading('quiz_results_heading'),
      el('div', 'quiz-summary ' + (passed ? 'is-pass' : 'is-fail'), [
        el('p', 'quiz-score-line', [
          el('span', 'quiz-score-label', t('quiz_score_label') + ': '),
          el('strong', { class: 'quiz-score', 'data-testid': 'quiz-score' }, pct(r.correct, r.total) + '%')
        ]),
        el('p', 'quiz-correct-count', t('quiz_correct_of', { correct: r.correct, total: r.total })),
        el('p', { class: 'quiz-verdict', 'data-testid': 'quiz-verdict', 'data-passed': String(passed) }, [
          el('span', { class: 'quiz-icon', 'aria-hidden': 'true' }, passed ? '✓' : '✗'),
          ' ',
          el('strong', null, t(passed ? 'quiz_passed' : 'quiz_failed')),
          ' ',
          el('span', null, t('quiz_verdict_detail', { n: passing }))
        ]),
        el('p', { class: 'quiz-time-used', 'data-testid': 'quiz-time-used' }, mode(a.mode) + ' · ' + (a.limit
          ? t('quiz_time_used_of', { time: clock(a.elapsed), limit: clock(a.limit) }) : t('quiz_time_used', { time: clock(a.elapsed) })))
      ]),
      rows.length ? el('h3', null, t('quiz_domain_results_heading')) : null,
      rows.length ? el('ul', { class: 'quiz-domains', role: 'list' }, rows) : null,
      rows.length && !weak ? el('p', 'quiz-all-passed', t('quiz_all_domains_passed')) : null,
      el('div', 'quiz-actions', [
        button('quiz_retake', 'quiz-retake', true, function () {
          prefs = { mode: a.mode, shuffle: a.shuffle, count: a.order.length < questions.length ? a.order.length : 0 };
          start();
        }),
        button('quiz_back_to_intro', 'quiz-to-intro', false, function () { done = null; say(''); go('intro'); })
      ]),
      renderReview(a),
      renderHistory()
    ]);
  }

  // Every question of the attempt with the learner's answer, the right one and the explanation.
  function renderReview(a) {
    var items = a.order.map(function (qi, i) {
      var q = questions[qi], ans = a.answers[qi], perm = a.opts[qi];
      var res = ans == null ? 'unanswered' : ans === q.correct ? 'correct' : 'wrong', flagged = !!a.flags[qi];
      function opt(oi) {
        return [el('span', 'quiz-letter', letter(perm.indexOf(oi)) + '. '), rich('span', 'quiz-option-text', options(qi)[oi])];
      }
      var item = el('li', { class: 'quiz-review-item is-' + res, 'data-testid': 'quiz-review-item', 'data-question-id': q.id,
        'data-result': res, 'data-flagged': String(flagged) }, [
        el('p', 'quiz-review-head', [
          el('strong', null, t('quiz_question_number', { n: i + 1 })), ' ',
          el('span', 'quiz-tag is-' + res, [el('span', { 'aria-hidden': 'true' }, res === 'correct' ? '✓ ' : res === 'wrong' ? '✗ ' : '– '),
            t(res === 'correct' ? 'quiz_state_correct' : res === 'wrong' ? 'quiz_state_wrong' : 'quiz_state_unanswered')]),
          flagged ? ' ' : null,
          flagged ? el('span', 'quiz-tag is-flagged', [el('span', { 'aria-hidden': 'true' }, '⚑ '), t('quiz_state_flagged')]) : null
        ]),
        rich('p', 'quiz-review-q', q.question),
        el('p', { class: 'quiz-review-yours', 'data-testid': 'quiz-review-yours' },
          [el('span', 'quiz-review-label', t('quiz_your_answer') + ': ')].concat(ans == null ? [t('quiz_not_answered')] : opt(ans))),
        res === 'correct' ? null : el('p', { class: 'quiz-review-right', 'data-testid': 'quiz-review-right' },
          [el('span', 'quiz-review-label', t('quiz_correct_answer') + ': ')].concat(opt(q.correct))),
        q.explanation ? el('p', 'quiz-explanation', [el('span', 'quiz-explanation-label', t('quiz_explanation') + ': '),
          rich('span', 'quiz-explanation-text', q.explanation)]) : null
      ]);
      item.hidden = !show(res, flagged);
      return { item: item, res: res, flagged: flagged };
    });
    function show(res, flagged) { return filter === 'all' || (filter === 'wrong' ? res !== 'correct' : flagged); }
    var n = { all: items.length, wrong: 0, flagged: 0 };
    items.forEach(function (x) { if (x.res !== 'correct') n.wrong++; if (x.flagged) n.flagged++; });
    var empty = el('p', { class: 'quiz-note', 'data-testid': 'quiz-review-empty' }, t('quiz_review_empty'));
    function apply() {
      var shown = 0;
      items.forEach(function (x) { x.item.hidden = !show(x.res, x.flagged); if (!x.item.hidden) shown++; });
      empty.hidden = shown > 0;
      return shown;
    }
    var radios = ['all', 'wrong', 'flagged'].map(function (f) {
      var input = el('input', { type: 'radio', name: 'quiz-filter', value: f, id: 'quiz-filter-' + f, 'data-testid': 'quiz-filter-' + f });
      input.checked = filter === f;
      input.addEventListener('change', function () {
        filter = f;
        status(t('quiz_review_shown', { n: apply(), total: items.length }));
      });
      return el('span', 'quiz-filter', [input, el('label', { for: 'quiz-filter-' + f },
        t(f === 'all' ? 'quiz_filter_all' : f === 'wrong' ? 'quiz_filter_wrong' : 'quiz_filter_flagged', { n: n[f] }))]);
    });
    apply();
    return el('section', { class: 'quiz-review-section', 'aria-labelledby': 'quiz-review-title' }, [
      el('h3', { id: 'quiz-review-title' }, t('quiz_review_list_heading')),
      el('fieldset', 'quiz-filters', [el('legend', null, t('quiz_filter_legend'))].concat(radios)),
      el('ol', { class: 'quiz-review-list', role: 'list' }, items.map(function (x) { return x.item; })),
      empty
    ]);
  }

  // Score over attempts: an inline SVG (role img, summary as its name) and the same data as a table.
  function renderHistory() {
    var h = saved.history;
    if (!h.length) return null;
    var W = 330, H = 140, L = 44, R = 10, T = 10, B = 22, w = W - L - R, hh = H - T - B;
    function y(p) { return T + ((100 - p) * hh) / 100; }
    var scores = h.map(function (x) { return pct(x.correct, x.total); });
    var pts = scores.map(function (p, i) { return [L + (h.length > 1 ? (i * w) / (h.length - 1) : w / 2), y(p)]; });
    var kids = [svg('title', { id: 'quiz-chart-title' }, t('quiz_history_summary', {
      n: h.length, last: scores[scores.length - 1], best: Math.max.apply(null, scores) }))];
    [0, 50, 100].forEach(function (p) {
      kids.push(svg('line', { class: 'quiz-chart-grid', x1: L, x2: W - R, y1: y(p), y2: y(p) }));
      kids.push(svg('text', { class: 'quiz-chart-label', x: L - 6, y: y(p) + 4, 'text-anchor': 'end' }, p + '%'));
    });
    kids.push(svg('line', { class: 'quiz-chart-pass', x1: L, x2: W - R, y1: y(passing), y2: y(passing) }));
    if (pts.length > 1) kids.push(svg('polyline', { class: 'quiz-chart-line', points: pts.map(function (p) { return p.join(','); }).join(' ') }));
    pts.forEach(function (p, i) {
      kids.push(svg('circle', { class: 'quiz-chart-dot' + (h[i].passed ? ' is-pass' : ' is-fail'), cx: p[0], cy: p[1], r: 4 }));
    });
    kids.push(svg('text', { class: 'quiz-chart-label', x: L, y: H - 4 }, '1'));
    if (h.length > 1) kids.push(svg('text', { class: 'quiz-chart-label', x: W - R, y: H - 4, 'text-anchor': 'end' }, String(h.length)));

    var fmt = function (d) {
      try { return new Date(d).toLocaleString(lang || undefined, { dateStyle: 'short', timeStyle: 'short' }); } catch (e) { return new Date(d).toISOString(); }
    };
    var table = el('table', { class: 'quiz-history-table', 'data-testid': 'quiz-history-table' }, [
      el('caption', null, t('quiz_history_heading')),
      el('thead', null, [el('tr', null, ['quiz_history_number', 'quiz_history_date', 'quiz_history_mode', 'quiz_score_label', 'quiz_history_result']
        .map(function (k) { return el('th', { scope: 'col' }, t(k)); }))]),
      el('tbody', null, h.map(function (x, i) {
        return el('tr', { 'data-testid': 'quiz-history-row' }, [el('td', null, String(i + 1)), el('td', null, fmt(x.date)), el('td', null, mode(x.mode)),
          el('td', null, scores[i] + '% (' + x.correct + '/' + x.total + ')'), el('td', null, t(x.passed ? 'quiz_passed' : 'quiz_failed'))]);
      }))
    ]);
    return el('section', { class: 'quiz-history', 'aria-labelledby': 'quiz-history-title', 'data-testid': 'quiz-history' }, [
      el('h3', { id: 'quiz-history-title' }, t('quiz_history_heading')),
      svg('svg', { class: 'quiz-chart', viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-labelledby': 'quiz-chart-title', 'data-testid': 'quiz-chart' }, kids),
      el('details', 'quiz-history-details', [el('summary', null, t('quiz_history_show_table')), table]),
      el('div', 'quiz-actions', [button('quiz_history_clear', 'quiz-history-clear', false, function () {
        saved.history = [];
        persist();
        status(t('quiz_history_cleared'));
        render(true);
      })])
    ]);
  }

  // ---- boot ------------------------------------------------------------------------------------
  app.textContent = '';
  app.appendChild(alertBox);
  app.appendChild(box);
  app.appendChild(statusBox);
  var sheet = doc.getElementById('quiz-static');
  if (sheet) sheet.hidden = true;
  app.hidden = false;
  render(false);
})();
