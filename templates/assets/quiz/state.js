/* The quiz's state. `session` is what the page shows now: `attempt` the attempt in progress (the
 * same object as saved.attempt), `finished` the attempt whose results are shown, `view` the question
 * screen's elements that change while it is shown, `preferences` the setup's last choices.
 * `saved` is what this browser's localStorage keeps: {v, attempt, history, deck} under one key per
 * quiz (see page.js), checked when read back; a browser that blocks storage (private mode, policy) gets a
 * quiz that works without it. */
import { storageKey, pageLang } from './page.js';
import { restoredAttempt, isIntegerIn } from './attempt.js';
import { restoredDeck } from './deck.js';

export const session = {
  screen: 'intro',
  attempt: null,
  finished: null,
  view: null,
  dialog: null,
  reviewFilter: 'all',
  preferences: { mode: 'practice', shuffle: true, count: 0 }
};

const HISTORY_LENGTH = 50;

const store = openStorage();
export const storageWorks = store !== null;
/** The attempt in progress (null when none), the past results, oldest first, and the review deck. */
export const saved = readSaved();

function openStorage() {
  try {
    const storage = window.localStorage, probe = storageKey + '.probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch (error) {
    return null;
  }
}

function readEntry(key) {
  try {
    const stored = store && JSON.parse(store.getItem(key));
    return stored && typeof stored === 'object' ? stored : null;
  } catch (error) {
    return null;
  }
}

function readSaved() {
  const legacyKeys = [], ownKey = storageKey + '.' + pageLang;
  let stored = readEntry(storageKey);
  if (!stored) {
    // Once: what older versions kept per page language, this page's language first.
    for (let i = 0; store && i < store.length; i++) {
      const key = store.key(i) || '';
      if (key.indexOf(storageKey + '.') === 0 && /^[\w-]+$/.test(key.slice(storageKey.length + 1))) legacyKeys.push(key);
    }
    legacyKeys.sort((first, second) => (second === ownKey) - (first === ownKey));
    stored = { history: [] };
    for (const key of legacyKeys) {
      const entry = readEntry(key) || {};
      stored.attempt = stored.attempt || entry.attempt;
      stored.history = stored.history.concat(Array.isArray(entry.history) ? entry.history : []);
    }
  }
  const result = { attempt: restoredAttempt(stored.attempt), history: restoredHistory(stored.history), deck: restoredDeck(stored.deck) };
  if (legacyKeys.length) {
    writeSaved(result);
    legacyKeys.forEach((key) => store.removeItem(key));
  }
  return result;
}

function restoredHistory(entries) {
  return (Array.isArray(entries) ? entries : []).filter((entry) => entry && typeof entry === 'object' &&
    Number.isFinite(entry.date) && (entry.mode === 'practice' || entry.mode === 'exam') &&
    isIntegerIn(entry.total, 1, 1e6) && isIntegerIn(entry.correct, 0, entry.total + 1)
  ).map((entry) => ({
    date: +entry.date, mode: entry.mode, correct: entry.correct, total: entry.total, passed: entry.passed === true,
    time: Number.isFinite(entry.time) && entry.time > 0 ? +entry.time : 0
  })).sort((first, second) => first.date - second.date).slice(-HISTORY_LENGTH);
}

export function addToHistory(result) {
  saved.history = saved.history.concat([result]).slice(-HISTORY_LENGTH);
}

export function persist() {
  writeSaved(saved);
}

function writeSaved({ attempt, history, deck }) {
  if (!store) return;
  try {
    if (!attempt && !history.length && !Object.keys(deck).length) store.removeItem(storageKey);
    else store.setItem(storageKey, JSON.stringify({ v: 1, attempt, history, deck }));
  } catch (error) {
    // quota or blocked: the quiz goes on in memory
  }
}
