/* The attempt's clock. Time is counted while the attempt is open on the page (practice shows it in
 * the results); an exam also shows its countdown, warns at five minutes and at one, and ends itself
 * at zero. Each tick adds the time since the last one, so a sleeping computer's pause counts too. */
import { translate } from './page.js';
import { session, persist } from './state.js';
import { warningLevel } from './attempt.js';
import { alertMessage } from './display.js';
import { formatClock } from './format.js';

let ticker = null;
let lastTick = 0;
let lastSavedSecond = -1;
let whenTimeIsUp = null;

export function startClock(onTimeUp) {
  whenTimeIsUp = onTimeUp;
  lastTick = Date.now();
  lastSavedSecond = -1;
  clearInterval(ticker);
  ticker = setInterval(tick, 250);
}

/** Counts the time since the last tick, within an exam's limit, and stops counting. */
export function stopClock() {
  const attempt = session.attempt;
  attempt.elapsed += Math.max(0, Date.now() - lastTick);
  if (attempt.limit && attempt.elapsed > attempt.limit) attempt.elapsed = attempt.limit;
  clearInterval(ticker);
  ticker = null;
}

export function tick() {
  const attempt = session.attempt;
  if (!attempt) return;
  const now = Date.now();
  attempt.elapsed += Math.max(0, now - lastTick);
  lastTick = now;
  if (attempt.limit) {
    const timeLeft = attempt.limit - attempt.elapsed, warning = warningLevel(timeLeft);
    if (timeLeft <= 0) {
      whenTimeIsUp();
      return;
    }
    if (warning > attempt.warned) {
      attempt.warned = warning;
      alertMessage(warning === 2 ? translate('quiz_time_warning_one') : translate('quiz_time_warning', { n: 5 }));
      persist();
    }
    showTimeLeft(timeLeft, warning);
  }
  // Saved once a second, so a reload loses less than a second of the exam's time.
  const second = Math.floor(attempt.elapsed / 1000);
  if (second !== lastSavedSecond) {
    lastSavedSecond = second;
    persist();
  }
}

function showTimeLeft(timeLeft, warning) {
  const view = session.view;
  if (!view || !view.clock) return;
  const text = formatClock(timeLeft, true);
  if (view.clock.textContent !== text) view.clock.textContent = text;
  view.timer.className = 'quiz-timer' + (warning ? ' is-low' : '');
}
