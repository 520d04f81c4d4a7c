/* build-site search, the box: a per-language index (docs/search.md) fetched on first use, and a
   search box that follows the ARIA combobox + listbox pattern. Index text only ever reaches the page
   as text nodes. The form dispatches "search:rendered" (results listed) and "search:snippets"
   (snippets filled in) with {query, count, time} for scripts that follow the box (docs/search.md).
   Loaded by search.js when the box is first used, after search-text.js. A classic script, not a
   module: it runs on a page opened from disk too, to say there that search cannot. */
(function () {
  'use strict';
  const form = document.querySelector('form[data-search]'), T = window.BuildSiteSearchText;
  if (!form || !T || !window.fetch) return;
  const input = form.querySelector('input'), panel = form.querySelector('.search-panel');
  const listbox = form.querySelector('[role=listbox]'), messageBox = form.querySelector('.search-msg');
  const statusBox = form.querySelector('[role=status]'), labels = form.dataset;
  const indexFolder = labels.search, siteRoot = indexFolder.replace(/search\/$/, '');
  const MAX_RESULTS = 8, CANDIDATES = 16, SNIPPET_DELAY_MS = 120, PREFIX_WEIGHT = 0.5, TYPED_SPELLING_WEIGHT = 2;
  // Maps and own-property checks wherever a key comes from the index or the query: a word such as
  // "constructor" must not find Object.prototype's.
  const indexFiles = new Map(), textFiles = new Map(), loadedTexts = new Map(), names = [], foldedTexts = new Map();
  let index, searchCount = 0, selected = -1, options = [], snippetTimer;
  function hasOwn(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }
  // Browsers do not let a page opened from a file read the index's files: asking again would fail
  // the same way, so the failure is kept and the message says to serve the site instead.
  const fromFile = location.protocol === 'file:';

  function fetchJson(url) {
    return fetch(url).then((response) => {
      if (!response.ok) throw new Error(response.status + ' ' + url);
      return response.json();
    });
  }
  /* One request per file; a failed one is asked again next time, except from disk. */
  function fetchOnce(cache, key, url) {
    if (!cache.has(key)) {
      cache.set(key, fetchJson(url).catch((error) => {
        if (!fromFile) cache.delete(key);
        throw error;
      }));
    }
    return cache.get(key);
  }
  function loadIndex() {
    return fetchOnce(indexFiles, '', indexFolder + 'docs.json').then((docs) => {
      if (!docs.known) docs.known = new Set(docs.chunks);
      return (index = docs);
    });
  }
  /* The terms starting with `prefix` (its first two characters); none when no file holds them. */
  function termFile(prefix) {
    return index.known.has(prefix) ? fetchOnce(indexFiles, '/' + prefix, indexFolder + 't/' + prefix + '.json') : Promise.resolve({});
  }
  function documentText(doc) {
    return fetchOnce(textFiles, doc, indexFolder + 'x/' + doc + '.json').then((text) => { loadedTexts.set(doc, text); return text; });
  }
  function fillIn(template, name, value) { return (template || '').replace('{' + name + '}', value); }

  /* A document's title, context and address words folded, and the address words its title lacks. */
  function namesOf(doc) {
    if (names[doc]) return names[doc];
    const [title, path, , context] = index.docs[doc], address = T.addressWords(path);
    const inTitle = new Set(T.tokens(T.fold(title)).map((token) => token.folded));
    return (names[doc] = {
      folded: T.fold(title + '\n' + (context || '') + '\n' + address.join(' ')),
      addressOnly: address.filter((word) => !inTitle.has(word))
    });
  }
  /* Ranking of docs/search.md, in order: how many query words typed with marks the page spells so
     (its address, written without marks, agrees with any spelling of a word its title lacks);
     whether its title, context or address holds the query as one phrase; whether its text does (known
     once texts are fetched: rankPhrasesInText); the sum over words of the best term's score x idf (a
     prefix match at PREFIX_WEIGHT, the typed spelling at TYPED_SPELLING_WEIGHT). Every word must match. */
  function rank(words, termFiles) {
    const docCount = index.docs.length, typedWords = new Uint32Array(docCount), last = words.length - 1;
    let totals = null;
    words.forEach((word, i) => {
      const best = new Float64Array(docCount), terms = termFiles[i];
      const marked = word.spelling !== word.folded; // only a word typed with marks asks for its spelling
      (i === last ? Object.keys(terms) : hasOwn(terms, word.folded) ? [word.folded] : []).forEach((term) => {
        const whole = term === word.folded;
        if (!whole && term.indexOf(word.folded)) return;
        const spellings = terms[term][0], postings = terms[term][1];
        let typedSpellings = 0; // bit k: spelling k is the word as typed
        for (let k = 0; k < spellings.length; k++) {
          if (whole ? spellings[k] === word.spelling : spellings[k].indexOf(word.spelling) === 0) typedSpellings |= 1 << k;
        }
        const idf = Math.log(1 + docCount / (postings.length / 3)) * (whole ? 1 : PREFIX_WEIGHT);
        for (let k = 0; k < postings.length; k += 3) {
          const doc = postings[k], typed = postings[k + 2] & typedSpellings;
          const score = postings[k + 1] * idf * (typed ? TYPED_SPELLING_WEIGHT : 1);
          if (score > best[doc]) best[doc] = score;
          if (typed && marked) typedWords[doc] |= 1 << (i % 32);
        }
      });
      if (!totals) totals = best;
      else for (let doc = 0; doc < docCount; doc++) totals[doc] = best[doc] && totals[doc] ? totals[doc] + best[doc] : 0;
    });
    const found = [], keys = new Map(), phrase = T.phrasePattern(words);
    for (let doc = 0; doc < docCount; doc++) {
      if (!totals[doc]) continue;
      found.push(doc);
      const own = namesOf(doc);
      let bits = typedWords[doc], typed = 0;
      words.forEach((word, i) => {
        const inAddress = own.addressOnly.some((w) => (i === last ? w.indexOf(word.folded) === 0 : w === word.folded));
        if (inAddress && word.spelling !== word.folded) bits |= 1 << (i % 32);
      });
      for (; bits; bits &= bits - 1) typed++;
      keys.set(doc, typed * 4 + (phrase && phrase.test(own.folded) ? 2 : 0));
    }
    const compare = (first, second) => keys.get(second) - keys.get(first) || totals[second] - totals[first] || first - second;
    return { found: found.sort(compare), keys, compare, phrase };
  }
  /* Among the first CANDIDATES, a document whose fetched text holds the query as one phrase moves
     above those of the same rank that hold its words apart. Returns whether the order changed. */
  function rankPhrasesInText(ranked) {
    if (!ranked.phrase) return false;
    const head = ranked.found.slice(0, CANDIDATES);
    head.forEach((doc) => {
      if (!loadedTexts.has(doc)) return;
      if (!foldedTexts.has(doc)) foldedTexts.set(doc, T.fold(loadedTexts.get(doc).b || ''));
      if (ranked.phrase.test(foldedTexts.get(doc))) ranked.keys.set(doc, ranked.keys.get(doc) | 1);
    });
    const sorted = head.slice().sort(ranked.compare);
    ranked.found.splice(0, sorted.length, ...sorted);
    return sorted.some((doc, i) => doc !== head[i]);
  }
  /* Appends `text` to `parent`, words that match as <mark>. */
  function highlight(parent, text, words) {
    let plain = '';
    T.tokens(text).forEach((token) => {
      if (!token.isWord || !T.matchesAny(words, token.folded)) {
        plain += token.spelling;
        return;
      }
      if (plain) parent.appendChild(document.createTextNode(plain));
      plain = '';
      parent.appendChild(document.createElement('mark')).textContent = token.spelling;
    });
    if (plain) parent.appendChild(document.createTextNode(plain));
  }

  function announce(text) { statusBox.textContent = text; }
  function showPanel(open) {
    panel.hidden = !open;
    input.setAttribute('aria-expanded', String(open && options.length > 0));
    if (!open) select(-1);
  }
  function showMessage(text) { messageBox.textContent = text || ''; messageBox.hidden = !text; }
  function select(position) {
    if (options[selected]) options[selected].setAttribute('aria-selected', 'false');
    selected = position;
    const option = options[position];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      if (option.scrollIntoView) option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }
  function notify(type, query, count, startTime) {
    form.dispatchEvent(new CustomEvent(type, { bubbles: true, detail: { query, count, time: performance.now() - startTime } }));
  }

  function appendSpan(parent, className) { return Object.assign(parent.appendChild(document.createElement('span')), { className }); }
  /* An option's snippet and deep link, once the document's text is here. */
  function completeOption(option, doc, words) {
    const text = loadedTexts.get(doc), snippetBox = option.querySelector('.search-hit-snippet');
    if (!text || snippetBox.firstChild) return;
    const [title, path] = index.docs[doc];
    // A title that holds every query word needs no deep link.
    const heading = T.matchedWordCount(title, words) < words.length && T.bestHeading(text, words);
    if (heading) {
      option.href = siteRoot + path + '#' + encodeURIComponent(heading.id);
      highlight(option.querySelector('.search-hit-context').appendChild(document.createElement('span')), ' › ' + heading.title, words);
    }
    highlight(snippetBox, T.snippet(text.b, words), words);
  }
  function optionFor(doc, position, words) {
    const [title, path, kind, context, lang] = index.docs[doc], option = document.createElement('a');
    option.id = 'search-hit-' + position;
    option.dataset.doc = doc;
    option.className = 'search-hit';
    option.href = siteRoot + path;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    option.tabIndex = -1;
    if (lang && lang !== document.documentElement.lang) option.lang = lang;
    highlight(appendSpan(option, 'search-hit-title'), title, words);
    const contextBox = appendSpan(option, 'search-hit-context');
    appendSpan(contextBox, 'search-hit-kind').textContent = labels['kind' + kind.charAt(0).toUpperCase() + kind.slice(1)] || kind;
    if (context) highlight(contextBox, ' · ' + context, words);
    appendSpan(option, 'search-hit-snippet');
    completeOption(option, doc, words);
    return option;
  }

  /* Lists `shown`; when `keepDoc` is listed again it stays selected. */
  function showOptions(shown, words, keepDoc) {
    listbox.textContent = '';
    selected = -1;
    input.removeAttribute('aria-activedescendant');
    options = shown.map((doc, position) => listbox.appendChild(optionFor(doc, position, words)));
    if (shown.indexOf(keepDoc) >= 0) select(shown.indexOf(keepDoc));
  }
  function render(query, words, ranked, startTime) {
    const found = ranked.found, count = found.length;
    rankPhrasesInText(ranked);
    let shown = found.slice(0, MAX_RESULTS);
    showOptions(shown, words, -1);
    showMessage(count ? '' : fillIn(labels.empty, 'q', query.trim()));
    announce(count ? fillIn(count === 1 ? labels.one : labels.count, 'n', count) : messageBox.textContent);
    showPanel(document.activeElement === input);
    notify('search:rendered', query, count, startTime);
    // A query of several words also fetches the texts of the next candidates, to rank a phrase.
    const missing = found.slice(0, ranked.phrase ? CANDIDATES : MAX_RESULTS).filter((doc) => !loadedTexts.has(doc));
    if (!missing.length) return notify('search:snippets', query, count, startTime);
    clearTimeout(snippetTimer);
    snippetTimer = setTimeout(() => { // only once typing pauses: a keystroke needs no text files
      const thisSearch = searchCount;
      Promise.all(missing.map((doc) => documentText(doc).catch(() => null))).then(() => {
        if (thisSearch !== searchCount) return;
        if (rankPhrasesInText(ranked)) {
          shown = found.slice(0, MAX_RESULTS);
          showOptions(shown, words, options[selected] ? Number(options[selected].dataset.doc) : -1);
        }
        options.forEach((option, position) => completeOption(option, shown[position], words));
        notify('search:snippets', query, count, startTime);
      });
    }, SNIPPET_DELAY_MS);
  }

  function search() {
    const query = input.value, words = T.queryWords(query), thisSearch = ++searchCount, startTime = performance.now();
    clearTimeout(snippetTimer);
    if (!words.length) {
      options = [];
      listbox.textContent = '';
      showMessage('');
      announce('');
      return showPanel(false);
    }
    if (!index) {
      showMessage(labels.loading);
      showPanel(true);
    }
    loadIndex().then(() => Promise.all(words.map((word) => termFile(word.folded.slice(0, 2))))).then((termFiles) => {
      if (thisSearch === searchCount) render(query, words, rank(words, termFiles), startTime);
    }, () => {
      if (thisSearch !== searchCount) return;
      const why = fromFile && labels.errorFile || labels.error;
      options = [];
      listbox.textContent = '';
      showMessage(why);
      announce(why);
      showPanel(true);
    });
  }

  function follow(option) { if (option) location.href = option.href; }

  input.addEventListener('input', search);
  input.addEventListener('focus', () => {
    loadIndex().catch(() => { /* reported when a search runs */ });
    if (options.length || !messageBox.hidden) showPanel(true);
  });
  input.addEventListener('keydown', (event) => {
    const count = options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!count) return;
      event.preventDefault();
      if (panel.hidden) showPanel(true);
      select(event.key === 'ArrowDown' ? (selected + 1) % count : (selected < 1 ? count : selected) - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!panel.hidden) follow(options[selected] || options[0]);
    } else if (event.key === 'Escape') {
      if (!panel.hidden) showPanel(false);
      else if (input.value) { input.value = ''; search(); }
      event.preventDefault();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget)) showPanel(false);
  });
  panel.addEventListener('mousedown', (event) => { event.preventDefault(); }); // keep focus in the input
  // Loaded by the first focus or keystroke, which it missed: do what they ask.
  if (document.activeElement === input) {
    if (input.value) search();
    else loadIndex().catch(() => { /* reported when a search runs */ });
  }
})();
