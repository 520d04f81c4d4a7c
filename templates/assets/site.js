/* build-site default theme: copy buttons, heading links, language memory, TOC highlight. A classic
   script, so all of it works on a page opened from disk. */
(function () {
  'use strict';
  var root = document.documentElement, labels = root.dataset;
  var liveRegion = document.getElementById('live-region');
  function all(selector, scope) { return Array.prototype.slice.call((scope || document).querySelectorAll(selector)); }
  function announce(message) {
    if (!liveRegion) return;
    liveRegion.textContent = '';
    setTimeout(function () { liveRegion.textContent = message; }, 50);
  }

  /* Copy buttons on code blocks */
  function fallbackCopy(text) {
    var scratch = document.createElement('textarea'), copied = false;
    scratch.value = text;
    scratch.setAttribute('readonly', '');
    scratch.style.cssText = 'position:fixed;top:0;left:0;opacity:0';
    document.body.appendChild(scratch);
    scratch.select();
    try { copied = document.execCommand('copy'); } catch (error) { copied = false; }
    document.body.removeChild(scratch);
    return copied;
  }
  var tocObserver = null, tocScroll = null;

  /* What the page's content gets: run on load, and again on content the preview server swaps in. */
  function enhance(scope) {
    all('.copy-code', scope).forEach(function (button) {
      var label = labels.copyLabel || button.textContent;
      var copiedLabel = button.getAttribute('data-copied-label') || labels.copiedLabel || label;
      var resetTimer;
      button.textContent = label;
      button.hidden = false;
      button.addEventListener('click', function () {
        var block = button.closest('.code-block') || button.parentNode;
        var code = block.querySelector('pre code') || block.querySelector('pre');
        if (!code) return;
        var text = code.textContent.replace(/\n$/, '');
        function done(copied) {
          if (!copied) return;
          button.textContent = copiedLabel;
          button.classList.add('is-copied');
          announce(copiedLabel);
          clearTimeout(resetTimer);
          resetTimer = setTimeout(function () {
            button.textContent = label;
            button.classList.remove('is-copied');
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
    all('.prose pre, .table-wrap', scope).forEach(function (box) {
      if (box.scrollWidth > box.clientWidth && !box.hasAttribute('tabindex')) box.setAttribute('tabindex', '0');
    });

    /* "#" permalink after each heading */
    all('.prose h2[id], .prose h3[id]', scope).forEach(function (heading) {
      if (heading.querySelector('.heading-anchor')) return;
      var anchor = document.createElement('a');
      anchor.className = 'heading-anchor';
      anchor.href = '#' + encodeURIComponent(heading.id);
      anchor.setAttribute('aria-label', (labels.permalinkLabel || '#') + ': ' + heading.textContent.trim());
      anchor.textContent = '#';
      heading.appendChild(anchor);
    });

    /* Sidebars: <details data-open-min="60"> open on screens at least that many em wide */
    all('details[data-open-min]', scope).forEach(function (details) {
      if (!window.matchMedia) return;
      var wide = window.matchMedia('(min-width: ' + details.getAttribute('data-open-min') + 'em)');
      function apply() { details.open = wide.matches; }
      apply();
      if (wide.addEventListener) wide.addEventListener('change', apply);
      else if (wide.addListener) wide.addListener(apply);
    });

    /* Highlight the TOC entry of the section being read */
    if (tocObserver) { tocObserver.disconnect(); tocObserver = null; }
    if (tocScroll) { window.removeEventListener('scroll', tocScroll); tocScroll = null; }
    var links = all('.toc-list a[href^="#"]', scope);
    if (links.length && 'IntersectionObserver' in window) {
      // Maps, as a heading's id is the author's and may be "__proto__".
      var linkById = new Map(), visible = new Map(), headings = [];
      links.forEach(function (link) {
        var id = decodeURIComponent(link.getAttribute('href').slice(1)), heading = document.getElementById(id);
        if (heading) { linkById.set(id, link); headings.push(heading); }
      });
      var current;
      var atPageEnd = function () {
        return window.scrollY > 0 && window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      };
      var mark = function () {
        // At the page's end the last sections may be too short to reach the reading line: the last
        // heading in view is read. Else the first heading in view, else the last one scrolled past.
        var reading;
        for (var k = headings.length - 1; atPageEnd() && k >= 0 && !reading; k--) {
          if (headings[k].getBoundingClientRect().top < window.innerHeight) reading = headings[k].id;
        }
        for (var i = 0; i < headings.length && !reading; i++) {
          if (visible.get(headings[i].id)) reading = headings[i].id;
        }
        if (!reading) {
          for (var j = headings.length - 1; j >= 0; j--) {
            if (headings[j].getBoundingClientRect().top < 0) { reading = headings[j].id; break; }
          }
        }
        if (reading && linkById.get(reading) !== current) {
          if (current) current.classList.remove('is-active');
          current = linkById.get(reading);
          current.classList.add('is-active');
        }
      };
      var observer = tocObserver = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) { visible.set(entry.target.id, entry.isIntersecting); });
        mark();
      }, { rootMargin: '0px 0px -60% 0px' });
      headings.forEach(function (heading) { observer.observe(heading); });
      tocScroll = function () { if (atPageEnd()) mark(); };
      window.addEventListener('scroll', tocScroll, { passive: true });
    }
  }

  /* Language switcher: remember the choice, keep the hash; never redirect */
  all('.lang-switch').forEach(function (link) {
    link.addEventListener('click', function () {
      try { localStorage.setItem('build-site.lang', link.getAttribute('data-lang')); } catch (error) { /* storage off */ }
      if (location.hash) link.setAttribute('href', link.getAttribute('href').split('#')[0] + location.hash);
    });
  });

  /* Theme toggle, pressed = dark (base.peb's head script applies the stored choice before first paint).
     A choice equal to the system's is forgotten: the page follows the system again. */
  var themeToggle = document.querySelector('[data-theme-toggle]');
  var systemDark = window.matchMedia && matchMedia('(prefers-color-scheme: dark)');
  if (themeToggle && systemDark && systemDark.addEventListener) {
    var showTheme = function () {
      var chosen = root.getAttribute('data-theme');
      themeToggle.setAttribute('aria-pressed', String(chosen ? chosen === 'dark' : systemDark.matches));
    };
    themeToggle.addEventListener('click', function () {
      var dark = themeToggle.getAttribute('aria-pressed') !== 'true';
      var theme = dark === systemDark.matches ? null : dark ? 'dark' : 'light';
      if (theme) root.setAttribute('data-theme', theme); else root.removeAttribute('data-theme');
      try {
        if (theme) localStorage.setItem('build-site.theme', theme); else localStorage.removeItem('build-site.theme');
      } catch (error) { /* storage off: the choice lasts for this page */ }
      showTheme();
    });
    systemDark.addEventListener('change', showTheme);
    showTheme();
    themeToggle.hidden = false;
  }

  enhance(document);
  document.addEventListener('build-site:swapped', function (event) { enhance(event.detail); });
})();
