/* The quiz's state. `session` is what the page shows now: `attempt` the attempt in progress (the
 * same object as saved.attempt), `finished` the attempt whose results are shown, `view` the question
 * screen's elements that change while it is shown, `preferences` the setup's last choices.
 * `saved` is what this browser's localStorage keeps: {v, attempt, history} under one key per quiz and
 * page language, checked when read back; a browser that blocks storage (private mode, policy) gets a
 * quiz that works without it. */
import { storageKey } from './page.js';
import { restoredAttempt, isIntegerIn } from './attempt.js';

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
/** The attempt in progress (null when none) and the past results, oldest first. */
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

function readSaved() {
  let stored = null;
  try {
    stored = store && JSON.parse(store.getItem(storageKey));
  } catch (error) {
    stored = null;
  }
  stored = stored && typeof stored === 'object' ? stored : {};
  return { attempt: restoredAttempt(stored.attempt), history: restoredHistory(stored.history) };
}

function restoredHistory(entries) {
  return (Array.isArray(entries) ? entries : []).filter((entry) => entry && typeof entry === 'object' &&
    Number.isFinite(entry.date) && (entry.mode === 'practice' || entry.mode === 'exam') &&
    isIntegerIn(entry.total, 1, 1e6) && isIntegerIn(entry.correct, 0, entry.total + 1)
  ).map((entry) => ({
    date: +entry.date, mode: entry.mode, correct: entry.correct, total: entry.total, passed: entry.passed === true,
    time: Number.isFinite(entry.time) && entry.time > 0 ? +entry.time : 0
  })).slice(-HISTORY_LENGTH);
}

export function addToHistory(result) {
  saved.history = saved.history.concat([result]).slice(-HISTORY_LENGTH);
}

export function persist() {
  if (!store) return;
  try {
    if (!saved.attempt && !saved.history.length) store.removeItem(storageKey);
    else store.setItem(storageKey, JSON.stringify({ v: 1, attempt: saved.attempt, history: saved.history }));
  } catch (error) {
    // quota or blocked: the quiz goes on in memory
  }
}
