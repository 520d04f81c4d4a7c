/* build-site search, the part every page loads: it reveals the search form, takes "/" to it, and
   loads the rest (search-text.js, then search-box.js, beside this file) the first time the box is
   focused or typed in, or when the page is opened with ?q=, so a page that is only read carries no
   search code. A classic script, not a module: it runs on a page opened from disk too. */
(function () {
  'use strict';
  const form = document.querySelector('form[data-search]'), self = document.currentScript;
  if (!form || !self || !window.fetch || !''.normalize) return;
  const input = form.querySelector('input'), folder = self.src.replace(/[^/]*$/, '');
  let requested = false;
  function loadTheBox() {
    if (requested) return;
    requested = true;
    ['search-text.js', 'search-box.js'].forEach((name) => {
      const script = document.createElement('script');
      script.src = folder + name;
      script.async = false; // run in this order
      script.onerror = () => { requested = false; }; // asked again at the next focus
      document.head.appendChild(script);
    });
  }
  input.addEventListener('focus', loadTheBox);
  input.addEventListener('input', loadTheBox);
  form.addEventListener('submit', (event) => { event.preventDefault(); });
  // "/" anywhere but in a field goes to the search box.
  document.addEventListener('keydown', (event) => {
    const target = event.target, tag = target && target.tagName;
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
  form.hidden = false;
  // A page opened with ?q=words (the address search engines are told to send a query to) opens the box
  // with those words and their results.
  const query = window.URLSearchParams ? new URLSearchParams(location.search).get('q') : null;
  if (query && query.trim()) {
    input.value = query;
    input.focus();
    loadTheBox();
  }
})();
