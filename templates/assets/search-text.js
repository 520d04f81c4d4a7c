/* build-site search, the text side: folding, words, phrases and snippets, shared by search-box.js as
   window.BuildSiteSearchText. Pure functions of strings; no page or index access. A classic script,
   loaded by search.js before search-box.js. */
(function () {
  'use strict';
  const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, FOLDED_WORD = /^[a-z0-9]+$/;

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
  /* The query's indexable words; the last one is matched as a prefix. */
  function queryWords(query) {
    return tokens(query.normalize('NFC').toLowerCase()).filter((token) => token.isWord && token.folded.length > 1);
  }
  function matchesAny(words, folded) {
    const last = words.length - 1;
    return words.some((word, i) => (i === last ? folded.indexOf(word.folded) === 0 : folded === word.folded));
  }
  /* The words of a document's own address, as SearchIndex.Doc#addressWords gives them to the index:
     its last folder split at - _ . without numbers alone; none for a place inside a page. */
  function addressWords(path) {
    if (path.indexOf('#') >= 0) return [];
    return path.replace(/\/$/, '').split('/').pop().split(/[-_.]+/).filter((word) => word && !/^\d+$/.test(word));
  }
  /* The query's words one after another on a line, only other characters between (the last as a prefix). */
  function phrasePattern(words) {
    return words.length > 1 && new RegExp('(^|[^a-z0-9])' + words.map((word) => word.folded).join('[^a-z0-9\\n]+'));
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

  function matchedWordCount(text, words) {
    const folded = tokens(text).filter((token) => token.isWord).map((token) => token.folded), last = words.length - 1;
    return words.filter((word, i) =>
      folded.some((candidate) => (i === last ? candidate.indexOf(word.folded) === 0 : candidate === word.folded))).length;
  }
  /* The heading holding the most query words (none: null). */
  function bestHeading(text, words) {
    return (text.h || []).reduce((pick, [id, title]) => {
      const count = matchedWordCount(title, words);
      return count > (pick ? pick.count : 0) ? { id, title, count } : pick;
    }, null);
  }

  window.BuildSiteSearchText = Object.freeze({
    fold, tokens, queryWords, matchesAny, addressWords, phrasePattern, snippet, matchedWordCount, bestHeading
  });
})();
