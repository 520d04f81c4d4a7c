/* Practice-exam page: drives #quiz-app from the JSON in #quiz-data / #quiz-strings.
 * The DOM is built with createElement/textContent only: bank text never goes through innerHTML. */
(function () {
  'use strict';

  var app = document.getElementById('quiz-app');
  var dataEl = document.getElementById('quiz-data');
  var strEl = document.getElementById('quiz-strings');
  function parse(node) {
    try { return node ? JSON.parse(node.textContent) : null; } catch (e) { return null; }
  }
  var data = parse(dataEl), S = parse(strEl) || {};
  if (!app || !data) return; // no app: the static question sheet stays visible

  var questions = Array.isArray(data.questions) ? data.questions : [];
  var domains = Array.isArray(data.domains) ? data.domains : [];
  var passing = typeof data.passingScore === 'number' ? data.passingScore : 70;
  var bankLang = data.lang || null;

  // order: question indexes in play (room for shuffling); answers: {choice, correct} by question index.
  var state = { screen: 'intro', order: [], pos: 0, answers: {} };

  // ---- helpers ---------------------------------------------------------------
  // t('quiz_question_of', {n: 3, total: 12}) fills {n} and {total}; a missing key shows the key.
  function t(key, params) {
    var s = typeof S[key] === 'string' ? S[key] : key;
    return !params ? s : s.replace(/\{(\w+)\}/g, function (m, k) {
      return Object.prototype.hasOwnProperty.call(params, k) ? String(params[k]) : m;
    });
  }

  // el(tag, attrs | 'class', kids[] | 'text'); null/false attributes and null kids are skipped.
  function el(tag, attrs, kids) {
    var n = document.createElement(tag);
    if (typeof attrs === 'string') attrs = { class: attrs };
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v == null || v === false) return;
      if (k === 'class') n.className = v;
      else n.setAttribute(k, v === true ? '' : String(v));
    });
    if (typeof kids === 'string') n.textContent = kids;
    else (kids || []).forEach(function (c) {
      if (c != null) n.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return n;
  }

  // Bank text in the bank's language; `code` spans become <code>, the rest text nodes.
  function rich(tag, cls, text) {
    var n = el(tag, { class: cls, lang: bankLang });
    var s = text == null ? '' : String(text), re = /`([^`]+)`/g, last = 0, m;
    while ((m = re.exec(s))) {
      if (m.index > last) n.appendChild(document.createTextNode(s.slice(last, m.index)));
      n.appendChild(el('code', null, m[1]));
      last = re.lastIndex;
    }
    if (last < s.length) n.appendChild(document.createTextNode(s.slice(last)));
    return n;
  }

  function letter(i) { return String.fromCharCode(65 + i); }

  function button(key, testid, primary, onClick) {
    var b = el('button', { type: 'button', class: 'quiz-btn' + (primary ? ' quiz-btn-primary' : ''), 'data-testid': testid }, t(key));
    b.addEventListener('click', onClick);
    return b;
  }

  // Percentages are floored, so a shown score never looks like a pass when the exact ratio is not.
  function pct(c, n) { return n ? Math.floor((c * 100) / n) : 0; }
  function passes(c, n) { return n > 0 && c * 100 >= passing * n; }

  function setProgress(p) {
    var done = Object.keys(state.answers).length, total = state.order.length;
    p.setAttribute('aria-valuenow', done);
    p.setAttribute('aria-valuetext', done + '/' + total);
    p.firstChild.style.width = (total ? (done * 100) / total : 0) + '%';
    return p;
  }

  // ---- actions ---------------------------------------------------------------
  function start() {
    state.order = questions.map(function (q, i) { return i; });
    state.pos = 0;
    state.answers = {};
    go('question');
  }

  function next() {
    if (state.pos < state.order.length - 1) { state.pos++; go('question'); } else go('results');
  }

  function go(screen) {
    state.screen = screen;
    render(true);
  }

  // ---- rendering: one function per screen --------------------------------------
  var screens = { intro: renderIntro, question: renderQuestion, results: renderResults };

  function render(moveFocus) {
    app.setAttribute('data-state', state.screen);
    app.textContent = '';
    app.appendChild(screens[state.screen]());
    var f = moveFocus && app.querySelector('[data-autofocus]');
    if (f) f.focus();
  }

  function renderIntro() {
    return el('div', 'quiz-screen quiz-intro', [
      el('h2', null, t('quiz_intro_heading')),
      el('ul', 'quiz-facts', [
        el('li', null, t('quiz_question_count', { n: questions.length })),
        data.durationMinutes ? el('li', null, t('quiz_duration', { n: data.durationMinutes })) : null,
        el('li', null, t('quiz_passing_score', { n: passing }))
      ]),
      domains.length ? el('h3', null, t('quiz_domains_heading')) : null,
      domains.length ? el('ul', 'quiz-weights', domains.map(function (d) {
        return el('li', null, [
          el('span', { class: 'quiz-weight-name', lang: bankLang }, String(d.name)),
          d.weight != null ? el('span', 'quiz-weight-value', t('quiz_domain_weight', { weight: d.weight })) : null
        ]);
      })) : null,
      questions.length
        ? el('div', 'quiz-actions', [button('quiz_start', 'quiz-start', true, start)])
        : el('p', 'quiz-empty', t('quiz_no_questions'))
    ]);
  }

  function renderQuestion() {
    var total = state.order.length, qi = state.order[state.pos], q = questions[qi] || {};
    var name = 'quiz-answer-' + qi;

    var fieldset = el('fieldset', {
      class: 'quiz-question', 'data-testid': 'quiz-question', 'data-index': state.pos, 'data-question-id': q.id
    }, [
      el('legend', { class: 'quiz-legend', tabindex: '-1', 'data-autofocus': true }, [
        el('span', 'quiz-qnum', t('quiz_question_of', { n: state.pos + 1, total: total })),
        ' ',
        rich('span', 'quiz-qtext', q.question)
      ]),
      el('div', 'quiz-options', (q.options || []).map(function (o, oi) {
        return el('label', { class: 'quiz-option', for: name + '-' + oi }, [
          el('input', { type: 'radio', name: name, value: oi, id: name + '-' + oi, 'data-testid': 'quiz-option', 'data-letter': letter(oi) }),
          el('span', 'quiz-letter', letter(oi) + '.'),
          rich('span', 'quiz-option-text', o)
        ]);
      }))
    ]);
    var v = {
      q: q, qi: qi, fieldset: fieldset,
      hint: el('p', { class: 'quiz-hint', 'aria-live': 'polite' }),
      feedback: el('div', { class: 'quiz-feedback', 'data-testid': 'quiz-feedback', 'aria-live': 'polite' }),
      actions: el('div', 'quiz-actions'),
      bar: setProgress(el('div', {
        class: 'quiz-progress', role: 'progressbar', 'aria-label': t('quiz_progress_label'),
        'aria-valuemin': 0, 'aria-valuemax': total
      }, [el('div', 'quiz-progress-bar')]))
    };

    function check() {
      var sel = fieldset.querySelector('input:checked');
      if (!sel) { v.hint.textContent = t('quiz_choose_option'); return; }
      var choice = Number(sel.value);
      state.answers[qi] = { choice: choice, correct: choice === q.correct };
      showAnswer(v);
      v.actions.firstChild.focus();
    }
    v.actions.appendChild(button('quiz_check', 'quiz-check', true, check));
    fieldset.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && e.target.type === 'radio' && !state.answers[qi]) { e.preventDefault(); check(); }
    });

    if (state.answers[qi]) showAnswer(v);
    return el('div', 'quiz-screen quiz-question-screen', [v.bar, fieldset, v.hint, v.feedback, v.actions]);
  }

  // Lock and mark the options, fill the live region, swap Check for Next. Also used to
  // render a question that is already answered (e.g. a restored state).
  function showAnswer(v) {
    var ans = state.answers[v.qi], fb = v.feedback;
    v.fieldset.setAttribute('data-answered', 'true');
    [].forEach.call(v.fieldset.querySelectorAll('input'), function (input) {
      var oi = Number(input.value), mark = oi === v.q.correct ? 'correct' : oi === ans.choice ? 'wrong' : '';
      input.disabled = true;
      input.checked = oi === ans.choice;
      if (!mark) return;
      input.parentNode.classList.add('is-' + mark);
      input.parentNode.appendChild(el('span', 'quiz-mark', t(mark === 'correct' ? 'quiz_correct_answer' : 'quiz_your_answer')));
    });
    v.hint.textContent = '';

    fb.textContent = '';
    fb.className = 'quiz-feedback ' + (ans.correct ? 'is-correct' : 'is-wrong');
    fb.setAttribute('data-correct', String(ans.correct));
    fb.appendChild(el('p', 'quiz-feedback-verdict', [
      el('span', { class: 'quiz-icon', 'aria-hidden': 'true' }, ans.correct ? '✓' : '✗'),
      ' ',
      el('strong', null, t(ans.correct ? 'quiz_feedback_correct' : 'quiz_feedback_incorrect', { letter: letter(v.q.correct) }))
    ]));
    if (v.q.explanation) {
      fb.appendChild(el('p', 'quiz-explanation', [
        el('span', 'quiz-explanation-label', t('quiz_explanation') + ': '),
        rich('span', 'quiz-explanation-text', v.q.explanation)
      ]));
    }

    setProgress(v.bar);
    v.actions.textContent = '';
    var last = state.pos >= state.order.length - 1;
    v.actions.appendChild(button(last ? 'quiz_see_results' : 'quiz_next', 'quiz-next', true, next));
  }

  // Totals per domain (data.domains order, then unknown domains), weakest first.
  function score() {
    var byName = {}, list = [], correct = 0;
    function domain(name, lessons) {
      var k = String(name == null ? '' : name);
      if (!byName[k]) list.push(byName[k] = { name: k, lessons: lessons || [], correct: 0, total: 0, idx: list.length });
      return byName[k];
    }
    domains.forEach(function (d) { domain(d.name, d.lessons); });
    state.order.forEach(function (qi) {
      var a = state.answers[qi], d = domain(questions[qi].domain);
      d.total++;
      if (a && a.correct) { correct++; d.correct++; }
    });
    var rows = list.filter(function (d) { return d.total > 0; });
    rows.sort(function (a, b) { return a.correct / a.total - b.correct / b.total || a.idx - b.idx; });
    return { correct: correct, total: state.order.length, domains: rows };
  }

  function renderResults() {
    var r = score(), passed = passes(r.correct, r.total), weak = 0;
    var rows = r.domains.map(function (d) {
      var p = pct(d.correct, d.total), ok = passes(d.correct, d.total);
      var fill = el('span', 'quiz-bar-fill'), mark = el('span', 'quiz-bar-mark');
      fill.style.width = p + '%';
      mark.style.left = Math.min(100, passing) + '%';
      if (!ok) weak++;
      return el('li', {
        class: 'quiz-domain ' + (ok ? 'is-pass' : 'is-fail'), 'data-testid': 'quiz-domain-row',
        'data-domain': d.name, 'data-passed': String(ok)
      }, [
        el('div', 'quiz-domain-head', [
          el('span', { class: 'quiz-domain-name', lang: bankLang }, d.name),
          el('span', 'quiz-domain-score', t('quiz_domain_score', { correct: d.correct, total: d.total, pct: p }))
        ]),
        el('div', { class: 'quiz-bar', 'aria-hidden': 'true' }, [fill, mark]),
        ok || !d.lessons.length ? null : el('div', 'quiz-review', [
          el('p', 'quiz-review-heading', t('quiz_review_heading')),
          el('ul', null, d.lessons.map(function (l) {
            return el('li', null, l.href
              ? [el('a', { href: l.href, 'data-testid': 'quiz-review-link' }, String(l.title))]
              : [el('span', null, String(l.title)), ' ', el('span', 'quiz-soon', t('quiz_coming_soon'))]);
          }))
        ])
      ]);
    });

    return el('div', { class: 'quiz-screen quiz-results', 'data-testid': 'quiz-results' }, [
      el('h2', { tabindex: '-1', 'data-autofocus': true }, t('quiz_results_heading')),
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
        ])
      ]),
      rows.length ? el('h3', null, t('quiz_domain_results_heading')) : null,
      rows.length ? el('ul', { class: 'quiz-domains', role: 'list' }, rows) : null,
      rows.length && !weak ? el('p', 'quiz-all-passed', t('quiz_all_domains_passed')) : null,
      el('div', 'quiz-actions', [button('quiz_retake', 'quiz-retake', false, start)])
    ]);
  }

  // ---- boot --------------------------------------------------------------------
  var sheet = document.getElementById('quiz-static');
  if (sheet) sheet.hidden = true;
  app.hidden = false;
  render(false);
})();
