(function () {
  var base = document.currentScript.getAttribute('data-base') || '/';
  var overlay = null;
  function page() {
    var p = decodeURIComponent(location.pathname);
    p = p.indexOf(base) === 0 ? p.slice(base.length) : p.replace(/^\//, '');
    return p === '' || /\/$/.test(p) ? p + 'index.html' : p;
  }
  function hide() { if (overlay) { overlay.remove(); overlay = null; } }
  function show(report) {
    hide();
    overlay = document.createElement('div');
    overlay.id = 'build-site-overlay';
    overlay.setAttribute('role', 'alert');
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,20,.92);'
      + 'color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2rem;overflow:auto;white-space:pre-wrap';
    var title = document.createElement('strong');
    title.style.cssText = 'display:block;color:#ff8a80;font-size:16px;margin-bottom:1rem';
    title.textContent = 'build-site: ' + report.summary + ' - the last good version is shown behind this';
    overlay.appendChild(title);
    report.lines.forEach(function (line) {
      var row = document.createElement('div');
      row.textContent = line;
      overlay.appendChild(row);
    });
    document.body.appendChild(overlay);
  }
  function swap() {
    var main = document.getElementById('main');
    if (!main || !window.fetch || !window.DOMParser || document.getElementById('quiz-app')) {
      location.reload();
      return;
    }
    fetch(location.pathname + location.search, { cache: 'no-store' }).then(function (r) {
      if (!r.ok) { throw new Error('status ' + r.status); }
      return r.text();
    }).then(function (html) {
      var next = new DOMParser().parseFromString(html, 'text/html');
      var fresh = next.getElementById('main');
      if (!fresh) { location.reload(); return; }
      var x = window.scrollX, y = window.scrollY;
      main.replaceWith(document.adoptNode(fresh));
      window.scrollTo(x, y);
      if (window.Prism && window.Prism.highlightAllUnder) { window.Prism.highlightAllUnder(fresh); }
      document.dispatchEvent(new CustomEvent('build-site:swapped', { detail: fresh }));
      window.buildSiteLive = { swapped: Date.now() };
    }).catch(function () { location.reload(); });
  }
  var events = new EventSource('/__build-site/events');
  events.addEventListener('problems', function (e) { show(JSON.parse(e.data)); });
  events.addEventListener('reload', function (e) {
    var change = JSON.parse(e.data);
    if (change.all) { location.reload(); return; }
    // The server compared the page with what it was: only <main> changed, so only <main> is swapped.
    if ((change.swap || []).indexOf(page()) >= 0) { hide(); swap(); return; }
    if (change.pages.indexOf(page()) >= 0) { location.reload(); return; }
    if (overlay) { location.reload(); }
  });
})();
