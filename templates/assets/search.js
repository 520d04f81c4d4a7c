/* build-site search: a per-language index (docs/search.md) fetched on first use, and a search box
   that follows the ARIA combobox + listbox pattern. Index text only ever reaches the page as text
   nodes. The form dispatches "search:rendered" (results listed) and "search:snippets" (snippets
   filled in) with {query, count, time} for scripts that follow the box (docs/search.md). A classic
   script, not a module: it runs on a page opened from disk too, to say there that search cannot. */
(function () {
  'use strict';
  const form = document.querySelector('form[data-search]');
  if (!form || !window.fetch || !''.normalize) return;
  const input = form.querySelector('input'), panel = form.querySelector('.search-panel');
  const listbox = form.querySelector('[role=listbox]'), messageBox = form.querySelector('.search-msg');
  const statusBox = form.querySelector('[role=status]'), labels = form.dataset;
  const indexFolder = labels.search, siteRoot = indexFolder.replace(/search\/$/, '');
  const MAX_RESULTS = 8, SNIPPET_DELAY_MS = 120, PREFIX_WEIGHT = 0.5, TYPED_SPELLING_WEIGHT = 2;
  const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, FOLDED_WORD = /^[a-z0-9]+$/;
  // Maps and own-property checks wherever a key comes from the index or the query: a word such as
  // "constructor" must not find Object.prototype's.
  const indexFiles = new Map(), textFiles = new Map(), loadedTexts = new Map(), foldedNames = []; // title + context, folded
  let index, searchCount = 0, selected = -1, options = [], snippetTimer;
  function hasOwn(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }
  // Browsers do not let a page opened from a file read the index's files: asking again would fail
  // the same way, so the failure is kept and the message says to serve the site instead.
  const fromFile = location.protocol === 'file:';

  /* Same folding as Java's Slugify.fold: marks removed, đ -> d, lower case. */
  function fold(text) {
    return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }
  /* The text as tokens the way the index splits it: words {spelling, folded, isWord} and, between
     them, single other characters {spelling}. */
  function tokens(text) {
    const out = [];
    let spelling = '', folded = '';
    for (const character of text) {
      const foldedCharacter = fold(character);
      // A character that folds to nothing (a combining mark) belongs to the word it follows.
      if (FOLDED_WORD.test(foldedCharacter) || (!foldedCharacter && spelling)) {
        spelling += character;
        folded += foldedCharacter;
        continue;
      }
      if (spelling) out.push({ spelling, folded, isWord: true });
      out.push({ spelling: character });
      spelling = folded = '';
    }
    if (spelling) out.push({ spelling, folded, isWord: true });
    return out;
  }
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

  /* The query's indexable words; the last one is matched as a prefix. */
  function queryWords(query) {
    return tokens(query.normalize('NFC').toLowerCase()).filter((token) => token.isWord && token.folded.length > 1);
  }
  function matchesAny(words, folded) {
    const last = words.length - 1;
    return words.some((word, i) => (i === last ? folded.indexOf(word.folded) === 0 : folded === word.folded));
  }

  /* Ranking of docs/search.md, in order: how many query words typed with marks the page spells so;
     whether its title or context holds the query as one phrase; the sum over words of the best
     term's score x idf (a prefix match at PREFIX_WEIGHT, the typed spelling at TYPED_SPELLING_WEIGHT).
     Every word must match. */
  function rank(words, termFiles) {
    const docCount = index.docs.length, typedWords = new Uint32Array(docCount);
    let totals = null;
    words.forEach((word, i) => {
      const best = new Float64Array(docCount), terms = termFiles[i], isLast = i === words.length - 1;
      const marked = word.spelling !== word.folded; // only a word typed with marks asks for its spelling
      (isLast ? Object.keys(terms) : hasOwn(terms, word.folded) ? [word.folded] : []).forEach((term) => {
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
    const found = [], keys = new Map(), phrase = phrasePattern(words);
    for (let doc = 0; doc < docCount; doc++) {
      if (!totals[doc]) continue;
      found.push(doc);
      let typed = 0;
      for (let bits = typedWords[doc]; bits; bits &= bits - 1) typed++;
      const [title, , , context] = index.docs[doc];
      const inNames = phrase && phrase.test(foldedNames[doc] || (foldedNames[doc] = fold(title + '\n' + (context || ''))));
      keys.set(doc, typed * 2 + (inNames ? 1 : 0));
    }
    return found.sort((first, second) => keys.get(second) - keys.get(first) || totals[second] - totals[first] || first - second);
  }
  /* The query's words one after another on a line, only other characters between (the last as a prefix). */
  function phrasePattern(words) {
    return words.length > 1 && new RegExp('(^|[^a-z0-9])' + words.map((word) => word.folded).join('[^a-z0-9\\n]+'));
  }

  /* Appends `text` to `parent`, words that match as <mark>. */
  function highlight(parent, text, words) {
    let plain = '';
    tokens(text).forEach((token) => {
      if (!token.isWord || !matchesAny(words, token.folded)) {
        plain += token.spelling;
        return;
      }
      if (plain) parent.appendChild(document.createTextNode(plain));
      plain = '';
      parent.appendChild(document.createElement('mark')).textContent = token.spelling;
    });
    if (plain) parent.appendChild(document.createTextNode(plain));
  }

  /* The folded body and, when folding changed its length, each folded position's place in the body. */
  function foldedWithPositions(body) {
    const folded = fold(body);
    if (folded.length === body.length) return { folded, positions: null };
    const positions = [];
    let text = '';
    for (let i = 0; i < body.length; i++) {
      const part = fold(body[i]);
      for (let j = 0; j < part.length; j++) positions.push(i);
      text += part;
    }
    return { folded: text, positions };
  }
  /* Where query words start in `folded`, as [position, which word]; at most 200. */
  function wordStarts(folded, words) {
    const last = words.length - 1;
    const alternatives = words.map((word, i) => '(' + word.folded + (i === last ? '[a-z0-9]*' : '(?![a-z0-9])') + ')');
    const pattern = new RegExp('(^|[^a-z0-9])(?:' + alternatives.join('|') + ')', 'g');
    const starts = [];
    let match;
    while ((match = pattern.exec(folded)) && starts.length < 200) {
      let word = 0;
      while (!match[word + 2]) word++;
      starts.push([match.index + match[1].length, word]);
    }
    return starts;
  }
  /* About 180 characters of `body` around the spot where most query words meet. */
  function snippet(body, words) {
    const { folded, positions } = foldedWithPositions(body);
    const starts = wordStarts(folded, words).map(([at, word]) => [positions ? positions[at] : at, word]);
    let best = 0, mostWords = 0;
    for (let i = 0; i < starts.length; i++) {
      const seen = new Set();
      for (let j = i; j < starts.length && starts[j][0] < starts[i][0] + 120; j++) seen.add(starts[j][1]);
      if (seen.size > mostWords) { mostWords = seen.size; best = starts[i][0]; }
    }
    let start = Math.max(0, best - 50), end = Math.min(body.length, start + 180);
    if (start) start = body.indexOf(' ', start) + 1 || start;
    if (end < body.length) end = body.lastIndexOf(' ', end) > start ? body.lastIndexOf(' ', end) : end;
    return (start ? '… ' : '') + body.slice(start, end).replace(/\s+/g, ' ').trim() + (end < body.length ? ' …' : '');
  }

  /* The heading holding the most query words (none: null). */
  function bestHeading(text, words) {
    return (text.h || []).reduce((pick, [id, title]) => {
      const count = matchedWordCount(title, words);
      return count > (pick ? pick.count : 0) ? { id, title, count } : pick;
    }, null);
  }
  function matchedWordCount(text, words) {
    const folded = tokens(text).filter((token) => token.isWord).map((token) => token.folded), last = words.length - 1;
    return words.filter((word, i) =>
      folded.some((candidate) => (i === last ? candidate.indexOf(word.folded) === 0 : candidate === word.folded))).length;
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
    const heading = matchedWordCount(title, words) < words.length && bestHeading(text, words);
    if (heading) {
      option.href = siteRoot + path + '#' + encodeURIComponent(heading.id);
      highlight(option.querySelector('.search-hit-context').appendChild(document.createElement('span')), ' › ' + heading.title, words);
    }
    highlight(snippetBox, snippet(text.b, words), words);
  }
  function optionFor(doc, position, words) {
    const [title, path, kind, context, lang] = index.docs[doc], option = document.createElement('a');
    option.id = 'search-hit-' + position;
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

  function render(query, words, found, startTime) {
    const shown = found.slice(0, MAX_RESULTS);
    listbox.textContent = '';
    selected = -1;
    input.removeAttribute('aria-activedescendant');
    options = shown.map((doc, position) => listbox.appendChild(optionFor(doc, position, words)));
    showMessage(found.length ? '' : fillIn(labels.empty, 'q', query.trim()));
    announce(found.length ? fillIn(found.length === 1 ? labels.one : labels.count, 'n', found.length) : messageBox.textContent);
    showPanel(document.activeElement === input);
    notify('search:rendered', query, found.length, startTime);
    const missing = shown.filter((doc) => !loadedTexts.has(doc));
    if (!missing.length) return notify('search:snippets', query, found.length, startTime);
    clearTimeout(snippetTimer);
    snippetTimer = setTimeout(() => { // only once typing pauses: a keystroke needs no text files
      const thisSearch = searchCount;
      Promise.all(missing.map((doc) => documentText(doc).catch(() => null))).then(() => {
        if (thisSearch !== searchCount) return;
        options.forEach((option, position) => completeOption(option, shown[position], words));
        notify('search:snippets', query, found.length, startTime);
      });
    }, SNIPPET_DELAY_MS);
  }

  function search() {
    const query = input.value, words = queryWords(query), thisSearch = ++searchCount, startTime = performance.now();
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
  form.addEventListener('submit', (event) => { event.preventDefault(); });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget)) showPanel(false);
  });
  panel.addEventListener('mousedown', (event) => { event.preventDefault(); }); // keep focus in the input
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
})();
