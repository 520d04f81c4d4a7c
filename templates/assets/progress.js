/* build-site default theme: progress through the courses, kept in this browser's localStorage.
   A lesson is done when the learner says so ([data-lesson-done] toggle) or reads to its end; outlines
   tick done lessons, course cards and pages count them ([data-course-progress], "1/12") beside the best
   practice-exam score, and home offers to continue the course opened last. Every key the site keeps
   starts with "build-site.": the home page's panel saves them all to one JSON file and loads them back.
   A classic script, so it works on a page opened from disk. */
(function () {
  'use strict';
  var PREFIX = 'build-site.', COURSE = PREFIX + 'progress.', FORMAT = 'build-site-progress';
  var store = openStorage();
  if (!store) return;
  var root = document.documentElement, lang = root.lang;
  var liveRegion = document.getElementById('live-region');
  var endObserver = null, states = {};

  function openStorage() {
    try {
      var storage = window.localStorage, probe = PREFIX + 'progress-probe';
      storage.setItem(probe, '1');
      storage.removeItem(probe);
      return storage;
    } catch (error) {
      return null;
    }
  }
  function all(selector, scope) { return Array.prototype.slice.call((scope || document).querySelectorAll(selector)); }
  function own(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }
  function announce(message) {
    if (!liveRegion) return;
    liveRegion.textContent = '';
    setTimeout(function () { liveRegion.textContent = message; }, 50);
  }
  function siteKeys() {
    var keys = [];
    for (var i = 0; i < store.length; i++) {
      var key = store.key(i);
      if (key && key.indexOf(PREFIX) === 0) keys.push(key);
    }
    return keys.sort();
  }
  function readJson(key) {
    try {
      var value = JSON.parse(store.getItem(key));
      return value && typeof value === 'object' ? value : null;
    } catch (error) {
      return null;
    }
  }

  /* build-site.progress.<course slug>: {done: {<lesson slug>: time marked done, 0 once unmarked},
     last: {lesson, at, title: {<page language>: {text, lang}}}}. Not per language: a lesson done
     in one language is done in the other. */
  function courseState(course) {
    var state = readJson(COURSE + course) || {};
    if (!state.done || typeof state.done !== 'object') state.done = {};
    return state;
  }
  function stateOf(course) { return own(states, course) ? states[course] : (states[course] = courseState(course)); }
  function saveCourse(course, state) {
    try {
      store.setItem(COURSE + course, JSON.stringify(state));
    } catch (error) {
      // storage full: the change lasts for this page only
    }
    states[course] = state;
  }
  function isDone(state, lesson) { return own(state.done, lesson) && state.done[lesson] > 0; }
  function doneCount(state) {
    return Object.keys(state.done).filter(function (lesson) { return state.done[lesson] > 0; }).length;
  }

  /* The quiz keeps {v, attempt, history: [{correct, total, …}], …} under build-site.quiz.<quiz slug>; it
     kept it per page language before, under build-site.quiz.<quiz slug>.<lang>: both are read. */
  function bestScore(quiz) {
    var base = PREFIX + 'quiz.' + quiz, best = -1;
    siteKeys().forEach(function (key) {
      if (key !== base && !(key.indexOf(base + '.') === 0 && /^[\w-]+$/.test(key.slice(base.length + 1)))) return;
      var history = (readJson(key) || {}).history;
      (Array.isArray(history) ? history : []).forEach(function (entry) {
        if (entry && entry.total > 0 && entry.correct >= 0 && entry.correct <= entry.total) {
          best = Math.max(best, Math.floor((100 * entry.correct) / entry.total));
        }
      });
    });
    return best;
  }

  /* What the page shows of the stored progress: run on load and after every change. */
  function refresh() {
    states = {};
    all('a[data-course][data-lesson]').forEach(tick);
    all('[data-lesson-done]').forEach(function (button) {
      var done = isDone(stateOf(button.getAttribute('data-course')), button.getAttribute('data-lesson'));
      button.setAttribute('aria-pressed', String(done));
      button.classList.toggle('btn-primary', done);
    });
    all('.course-progress[data-course]').forEach(showCourse);
    showContinue();
  }

  function tick(link) {
    var done = isDone(stateOf(link.getAttribute('data-course')), link.getAttribute('data-lesson'));
    var mark = link.querySelector('.progress-tick'), holder = link.closest('[data-done-label]');
    link.classList.toggle('is-done', done);
    if (!done && mark) mark.remove();
    if (!done || mark || !holder) return;
    mark = document.createElement('span');
    mark.className = 'progress-tick';
    var symbol = document.createElement('span'), label = document.createElement('span');
    symbol.setAttribute('aria-hidden', 'true');
    symbol.textContent = '\u2713';
    label.className = 'sr-only';
    label.textContent = ' (' + holder.getAttribute('data-done-label') + ')';
    mark.appendChild(symbol);
    mark.appendChild(label);
    link.appendChild(mark);
  }

  function showCourse(line) {
    var state = stateOf(line.getAttribute('data-course')), count = line.querySelector('[data-course-progress]');
    var total = Number(count.getAttribute('data-total')) || 0, done = Math.min(doneCount(state), total);
    var quiz = line.getAttribute('data-quiz'), best = quiz ? bestScore(quiz) : -1;
    var bestBox = line.querySelector('.course-best'), bestText = line.querySelector('[data-course-best]');
    count.textContent = done + '/' + total;
    if (bestBox && bestText) {
      bestBox.hidden = best < 0;
      bestText.textContent = best + '%';
    }
    line.hidden = done === 0 && best < 0;
  }

  /* Home: the last lesson visited of the course opened last, among the courses the page lists. */
  function showContinue() {
    var link = document.querySelector('[data-progress-continue]'), latest = null;
    if (!link) return;
    all('.course-progress[data-course]').forEach(function (line) {
      var course = line.getAttribute('data-course'), last = stateOf(course).last;
      if (last && typeof last.lesson === 'string' && last.at > 0 && (!latest || last.at > latest.at)) {
        latest = { course: course, lesson: last.lesson, at: last.at, titles: last.title };
      }
    });
    link.parentNode.hidden = !latest;
    if (!latest) return;
    link.href = link.getAttribute('data-root') + 'lessons/' + encodeURIComponent(latest.course) + '/' +
      encodeURIComponent(latest.lesson) + '/';
    var titles = latest.titles && typeof latest.titles === 'object' ? latest.titles : {};
    var title = titles[own(titles, lang) ? lang : Object.keys(titles)[0]];
    var text = link.querySelector('.progress-continue-title');
    text.textContent = title && title.text ? String(title.text) : latest.lesson;
    if (title && title.lang && title.lang !== lang) text.setAttribute('lang', title.lang);
    else text.removeAttribute('lang');
  }

  function mark(course, lesson, done) {
    var state = courseState(course);
    state.done[lesson] = done ? Date.now() : 0;
    saveCourse(course, state);
    refresh();
  }

  /* Lesson page: remember the visit, show the toggle, and mark the lesson done at its end. */
  function lessonPage(scope) {
    var button = scope.querySelector('[data-lesson-done]');
    if (!button) return;
    var course = button.getAttribute('data-course'), lesson = button.getAttribute('data-lesson');
    var state = courseState(course), heading = document.querySelector('.doc-header h1');
    var last = state.last && state.last.lesson === lesson ? state.last : {};
    var titles = last.title && typeof last.title === 'object' ? last.title : {};
    if (heading) {
      titles[lang] = { text: heading.textContent.trim(), lang: (heading.closest('[lang]') || root).getAttribute('lang') };
    }
    state.last = { lesson: lesson, at: Date.now(), title: titles };
    saveCourse(course, state);
    button.parentNode.hidden = false;
    button.addEventListener('click', function () {
      var done = button.getAttribute('aria-pressed') !== 'true';
      mark(course, lesson, done);
      announce(button.getAttribute(done ? 'data-marked' : 'data-unmarked'));
    });
    watchEnd(button, course, lesson);
  }

  /* Reaching the end after scrolling marks the lesson done once: never again after the learner has
     marked or unmarked it. A lesson that fits on the screen waits for the button. The observed area
     reaches far above the screen, so a jump past the end (End key, a link) counts as reaching it. */
  function watchEnd(button, course, lesson) {
    if (endObserver) endObserver.disconnect();
    if (!('IntersectionObserver' in window)) return;
    endObserver = new IntersectionObserver(function (entries) {
      var reached = entries.some(function (entry) { return entry.isIntersecting; });
      if (!reached || !window.pageYOffset) return;
      endObserver.disconnect();
      if (own(courseState(course).done, lesson)) return;
      mark(course, lesson, true);
      announce(button.getAttribute('data-marked-end'));
    }, { rootMargin: '100000px 0px 0px 0px' });
    endObserver.observe(button.parentNode);
  }

  /* Export: every build-site.* key as {format, version, exported, items: {key: stored text}}. */
  function exportFile() {
    var items = {};
    siteKeys().forEach(function (key) { items[key] = store.getItem(key); });
    var data = { format: FORMAT, version: 1, exported: new Date().toISOString(), items: items };
    var link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    link.download = 'build-site-progress.json';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  function exportedItems(text) {
    var data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return null;
    }
    var items = data && data.format === FORMAT && data.version === 1 ? data.items : null;
    if (!items || typeof items !== 'object' || Array.isArray(items)) return null;
    var valid = Object.keys(items).every(function (key) {
      return key.indexOf(PREFIX) === 0 && typeof items[key] === 'string';
    });
    return valid ? items : null;
  }

  /* Import: the file's keys replace the same keys here, the others stay; a file that is not an export,
     or a browser that cannot hold it all, changes nothing. Returns the attribute of the problem, or null. */
  function importText(text) {
    var items = exportedItems(text), before = {};
    if (!items) return 'data-import-error';
    try {
      Object.keys(items).forEach(function (key) {
        before[key] = store.getItem(key);
        store.setItem(key, items[key]);
      });
      return null;
    } catch (error) {
      Object.keys(before).forEach(function (key) {
        try {
          if (before[key] === null) store.removeItem(key);
          else store.setItem(key, before[key]);
        } catch (ignored) {
          // what could not be written could not change
        }
      });
      return 'data-import-failed';
    }
  }

  function panel(scope) {
    var box = scope.querySelector('[data-progress-panel]');
    if (!box) return;
    var input = box.querySelector('[data-progress-import]');
    var error = box.querySelector('.progress-error'), status = box.querySelector('.progress-status');
    function report(problem) {
      error.textContent = problem ? box.getAttribute(problem) : '';
      status.textContent = problem ? '' : box.getAttribute('data-imported');
      if (!problem) refresh();
    }
    box.hidden = false;
    box.querySelector('[data-progress-export]').addEventListener('click', exportFile);
    input.addEventListener('change', function () {
      var file = input.files && input.files[0], reader = new FileReader();
      if (!file) return;
      if (file.size > 10485760) return report('data-import-error');
      reader.onload = function () { report(importText(String(reader.result))); };
      reader.onerror = function () { report('data-import-error'); };
      reader.readAsText(file);
      input.value = '';
    });
  }

  function enhance(scope) {
    lessonPage(scope);
    panel(scope);
    refresh();
  }
  enhance(document);
  document.addEventListener('build-site:swapped', function (event) { enhance(event.detail); });
  // Another tab's changes, and a page brought back from the back/forward cache, show the latest state.
  window.addEventListener('storage', function (event) {
    if (!event.key || event.key.indexOf(PREFIX) === 0) refresh();
  });
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) refresh();
  });
})();
