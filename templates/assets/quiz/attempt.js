/* An attempt, in the shape it is stored in: {mode, shuffle, order (question indexes in the order
 * asked), ids (their ids, to recognise the bank again), opts (per question, the option indexes in the
 * order shown), review (a practice of chosen questions), answers and flags (per question), pos (the
 * question shown), elapsed and limit (ms), warned (time warnings given)}. Records keyed by question index inherit nothing, so no key taken
 * from stored data can reach Object.prototype. */
import { questions, domains, durationMinutes, optionsOf } from './page.js';

export const MINUTE = 60000;

export function emptyRecord() {
  return Object.create(null);
}

export function isIntegerIn(value, low, high) {
  return typeof value === 'number' && value % 1 === 0 && value >= low && value < high;
}

function indexes(count) {
  return Array.from({ length: count }, (unused, index) => index);
}

function shuffled(items) {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** An exam's time for `questionCount` questions: the bank's duration shared out, at least a minute. */
export function examLimit(questionCount) {
  return durationMinutes ? Math.max(1, Math.round((durationMinutes * questionCount) / questions.length)) * MINUTE : 0;
}

/** The warnings due with `timeLeft`: 2 in the last minute, 1 in the last five, else 0. */
export function warningLevel(timeLeft) {
  return timeLeft <= MINUTE ? 2 : timeLeft <= 5 * MINUTE ? 1 : 0;
}

/** A new attempt from the setup's choices; `count` 0 (or the bank's size) asks every question; a review asks the `chosen`. */
export function newAttempt({ mode, shuffle, count }, chosen) {
  const all = chosen ? chosen.slice() : indexes(questions.length);
  const size = count > 0 && count < all.length ? count : all.length;
  let order = size < all.length ? shuffled(all).slice(0, size) : all;
  order = shuffle ? shuffled(order) : order.sort((left, right) => left - right);
  const optionOrders = emptyRecord();
  for (const questionIndex of order) {
    const bankOrder = indexes(optionsOf(questionIndex).length);
    optionOrders[questionIndex] = shuffle ? shuffled(bankOrder) : bankOrder;
  }
  const limit = mode === 'exam' ? examLimit(size) : 0;
  return {
    mode, shuffle, review: !!chosen, order, ids: order.map((questionIndex) => String(questions[questionIndex].id)),
    opts: optionOrders, answers: emptyRecord(), flags: emptyRecord(),
    // An exam shorter than a warning's threshold starts past that warning.
    pos: 0, elapsed: 0, limit, warned: limit ? warningLevel(limit) : 0
  };
}

/** A stored attempt, used only when every part is well-formed and fits this bank; else null. */
export function restoredAttempt(stored) {
  if (!stored || typeof stored !== 'object' || (stored.mode !== 'practice' && stored.mode !== 'exam') ||
      !Array.isArray(stored.order) || !stored.order.length || !Array.isArray(stored.ids)) return null;
  const attempt = {
    mode: stored.mode, shuffle: stored.shuffle === true, review: stored.review === true, order: [], ids: [],
    opts: emptyRecord(), answers: emptyRecord(), flags: emptyRecord()
  };
  const seen = emptyRecord(), optionOrders = stored.opts || {}, answers = stored.answers || {}, flags = stored.flags || {};
  for (let i = 0; i < stored.order.length; i++) {
    const questionIndex = stored.order[i];
    if (!isIntegerIn(questionIndex, 0, questions.length) || seen[questionIndex] ||
        String(questions[questionIndex].id) !== String(stored.ids[i])) return null;
    seen[questionIndex] = 1;
    const optionCount = optionsOf(questionIndex).length, optionOrder = optionOrders[questionIndex], answer = answers[questionIndex];
    if (!isPermutation(optionOrder, optionCount)) return null;
    if (answer != null && !isIntegerIn(answer, 0, optionCount)) return null;
    attempt.order.push(questionIndex);
    attempt.ids.push(String(questions[questionIndex].id));
    attempt.opts[questionIndex] = optionOrder.slice();
    if (answer != null) attempt.answers[questionIndex] = answer;
    if (flags[questionIndex] === true) attempt.flags[questionIndex] = true;
  }
  attempt.pos = isIntegerIn(stored.pos, 0, attempt.order.length) ? stored.pos : 0;
  attempt.elapsed = Number.isFinite(stored.elapsed) && stored.elapsed > 0 ? +stored.elapsed : 0;
  attempt.limit = Number.isFinite(stored.limit) && stored.limit > 0 && stored.mode === 'exam' ? +stored.limit : 0;
  attempt.warned = isIntegerIn(stored.warned, 0, 3) ? stored.warned : 0;
  return attempt;
}

function isPermutation(order, count) {
  return Array.isArray(order) && order.length === count &&
    order.every((index, position) => isIntegerIn(index, 0, count) && order.indexOf(index) === position);
}

export function answerCounts(attempt) {
  const counts = { total: attempt.order.length, answered: 0, flagged: 0 };
  for (const questionIndex of attempt.order) {
    if (attempt.answers[questionIndex] != null) counts.answered++;
    if (attempt.flags[questionIndex]) counts.flagged++;
  }
  counts.unanswered = counts.total - counts.answered;
  return counts;
}

/**
 * Right answers in all and per domain (in the bank's domain order, then domains it does not list),
 * the weakest domain first. A Map, as a domain may be named __proto__ or constructor.
 */
export function scoreOf(attempt) {
  const rowsByName = new Map(), rows = [];
  let correct = 0;
  function rowOf(name, domain) {
    const key = String(name == null ? '' : name);
    let row = rowsByName.get(key);
    if (!row) {
      row = {
        name: key, weight: domain ? domain.weight : null,
        lessons: domain && Array.isArray(domain.lessons) ? domain.lessons : [],
        correct: 0, total: 0, listed: rows.length
      };
      rows.push(row);
      rowsByName.set(key, row);
    }
    return row;
  }
  domains.forEach((domain) => rowOf(domain.name, domain));
  for (const questionIndex of attempt.order) {
    const row = rowOf(questions[questionIndex].domain);
    row.total++;
    if (attempt.answers[questionIndex] === questions[questionIndex].correct) {
      correct++;
      row.correct++;
    }
  }
  const asked = rows.filter((row) => row.total > 0);
  asked.sort((first, second) => first.correct / first.total - second.correct / second.total || first.listed - second.listed);
  return { correct, total: attempt.order.length, domains: asked };
}
