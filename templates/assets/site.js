/* build-site default theme: copy buttons, heading links, language memory, TOC highlight. */
(function () {
  'use strict';
  var doc = document, root = doc.documentElement, data = root.dataset;
  var live = doc.getElementById('live-region');
  function $$(sel, ctx) { return Array.prototype.slice.call((ctx || doc).querySelectorAll(sel)); }
  function announce(msg) {
    if (!live) return;
    live.textContent = '';
    setTimeout(function () { live.textContent = msg; }, 50);
  }

  /* Copy buttons on code blocks */
  function fallbackCopy(text) {
    var ta = doc.createElement('textarea'), ok = false;
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.cssText = 'position:fixed;top:0;left:0;opacity:0';
    doc.body.appendChild(ta);
    ta.select();
    try { ok = doc.execCommand('copy'); } catch (e) { ok = false; }
    doc.body.removeChild(ta);
    return ok;
  }
  var tocObserver = null;

  /* What the page's content gets: run on load, and again on content the preview server swaps in. */
  function enhance(scope) {
    $$('.copy-code', scope).forEach(function (btn) {
      var label = data.copyLabel || btn.textContent;
      var copied = btn.getAttribute('data-copied-label') || data.copiedLabel || label;
      var timer;
      btn.textContent = label;
      btn.hidden = false;
      btn.addEventListener('click', function () {
        var box = btn.closest('.code-block') || btn.parentNode;
        var code = box.querySelector('pre code') || box.querySelector('pre');
        if (!code) return;
        var text = code.textContent.replace(/\n$/, '');
        function done(ok) {
          if (!ok) return;
          btn.textContent = copied;
          btn.classList.add('is-copied');
          announce(copied);
          clearTimeout(timer);
          timer = setTimeout(function () {
            btn.textContent = label;
            btn.classList.remove('is-copied');
          }, 2000);
        }
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(function () { done(true); },
            function () { done(fallbackCopy(text)); });
        } else {
          done(fallbackCopy(text));
        }
      });
    });

    /* Scrollable code and tables reachable by keyboard */
    $$('.prose pre, .table-wrap', scope).forEach(function (el) {
      if (el.scrollWidth > el.clientWidth && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0');
    });

    /* "#" permalink after each heading */
    $$('.prose h2[id], .prose h3[id]', scope).forEach(function (h) {
      if (h.querySelector('.heading-anchor')) return;
      var a = doc.createElement('a');
      a.className = 'heading-anchor';
      a.href = '#' + encodeURIComponent(h.id);
      a.setAttribute('aria-label', (data.permalinkLabel || '#') + ': ' + h.textContent.trim());
      a.textContent = '#';
      h.appendChild(a);
    });

    /* Sidebars: <details data-open-min="60"> open on screens at least that many em wide */
    $$('details[data-open-min]', scope).forEach(function (d) {
      if (!window.matchMedia) return;
      var mq = window.matchMedia('(min-width: ' + d.getAttribute('data-open-min') + 'em)');
      function apply() { d.open = mq.matches; }
      apply();
      if (mq.addEventListener) mq.addEventListener('change', apply);
      else if (mq.addListener) mq.addListener(apply);
    });

    /* Highlight the TOC entry of the section being read */
    if (tocObserver) { tocObserver.disconnect(); tocObserver = null; }
    var links = $$('.toc-list a[href^="#"]', scope);
    if (links.length && 'IntersectionObserver' in window) {
      // Maps, as a heading's id is the author's and may be "__proto__".
      var byId = new Map(), visible = new Map(), heads = [];
      links.forEach(function (a) {
        var id = decodeURIComponent(a.getAttribute('href').slice(1)), h = doc.getElementById(id);
        if (h) { byId.set(id, a); heads.push(h); }
      });
      var current;
      var io = tocObserver = new IntersectionObserver(function (entries) {
        entries.forEach(function (e) { visible.set(e.target.id, e.isIntersecting); });
        var pick;
        for (var i = 0; i < heads.length; i++) {
          if (visible.get(heads[i].id)) { pick = heads[i].id; break; }
        }
        if (!pick) {
          for (var j = heads.length - 1; j >= 0; j--) {
            if (heads[j].getBoundingClientRect().top < 0) { pick = heads[j].id; break; }
          }
        }
        if (pick && byId.get(pick) !== current) {
          if (current) current.classList.remove('is-active');
          current = byId.get(pick);
          current.classList.add('is-active');
        }
      }, { rootMargin: '0px 0px -60% 0px' });
      heads.forEach(function (h) { io.observe(h); });
    }
  }

  /* Language switcher: remember the choice, keep the hash; never redirect */
  $$('.lang-switch').forEach(function (a) {
    a.addEventListener('click', function () {
      try { localStorage.setItem('build-site.lang', a.getAttribute('data-lang')); } catch (e) { /* storage off */ }
      if (location.hash) a.setAttribute('href', a.getAttribute('href').split('#')[0] + location.hash);
    });
  });

  enhance(doc);
  doc.addEventListener('build-site:swapped', function (e) { enhance(e.detail); });
})();
