/* An attempt from start to results: start or resume it, move between its questions, finish it
 * (by the learner or at the end of an exam's time) or discard it. */
import { translate } from './page.js';
import { session, saved, persist, addToHistory } from './state.js';
import { newAttempt, answerCounts, scoreOf } from './attempt.js';
import { startClock, stopClock, tick } from './clock.js';
import { showScreen, alertMessage, announce } from './display.js';
import { openFinishDialog, closeDialog } from './dialog.js';
import { passes } from './format.js';
import { fileAnswers } from './deck.js';

/** Starts an attempt with the setup's choices, or a practice of just the questions `chosen`. */
export function startAttempt(chosen) {
  const preferences = session.preferences;
  session.attempt = saved.attempt = chosen ? newAttempt({ mode: 'practice', shuffle: preferences.shuffle }, chosen) : newAttempt(preferences);
  persist();
  resumeAttempt();
}

export function resumeAttempt() {
  session.attempt = saved.attempt;
  session.finished = null;
  alertMessage('');
  startClock(() => finishAttempt(true));
  showScreen('question');
  tick();
}

export function finishAttempt(timeIsUp) {
  const attempt = session.attempt;
  if (!attempt) return;
  stopClock();
  closeDialog();
  const score = scoreOf(attempt);
  fileAnswers(saved.deck, attempt, Date.now());
  if (!attempt.review) {
    addToHistory({
      date: Date.now(), mode: attempt.mode, correct: score.correct, total: score.total,
      passed: passes(score.correct, score.total), time: attempt.elapsed
    });
  }
  saved.attempt = null;
  persist();
  session.finished = attempt;
  session.attempt = null;
  session.reviewFilter = 'all';
  alertMessage(timeIsUp ? translate('quiz_time_up') : '');
  showScreen('results');
}

export function discardAttempt() {
  saved.attempt = session.attempt = null;
  persist();
  announce(translate('quiz_discarded'));
  showScreen('intro');
}

/** Shows the question at `position` of the attempt, if there is one and it is not already shown. */
export function showQuestion(position) {
  const attempt = session.attempt;
  if (!attempt || position < 0 || position >= attempt.order.length || position === attempt.pos) return;
  attempt.pos = position;
  persist();
  showScreen('question');
}

/** Practice with every question answered and none flagged ends at once; anything else asks first. */
export function askToFinish() {
  const attempt = session.attempt, counts = answerCounts(attempt);
  if (attempt.mode === 'practice' && !counts.unanswered && !counts.flagged) finishAttempt(false);
  else openFinishDialog(counts, () => finishAttempt(false));
}
