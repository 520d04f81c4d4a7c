/* The app's frame: a live region for alerts, the current screen, a status region; which screen is
 * shown and where focus goes when it changes. */
import { app, translate } from './page.js';
import { element } from './dom.js';
import { session } from './state.js';

const renderers = {};
const screenBox = element('div', 'quiz-screen-box');
const alertBox = element('div', { class: 'quiz-alert', 'aria-live': 'assertive', 'aria-atomic': 'true', 'data-testid': 'quiz-alert' });
const statusBox = element('div', { class: 'quiz-sr', role: 'status', 'data-testid': 'quiz-status' });

/** The function that builds each screen, by name (intro, question, results). */
export function registerScreens(byName) {
  Object.assign(renderers, byName);
}

/** Interrupts the screen reader: time warnings, time up. */
export function alertMessage(message) {
  alertBox.textContent = message;
}

/** A polite status message; emptied first so the same message twice is read twice. */
export function announce(message) {
  statusBox.textContent = '';
  setTimeout(() => { statusBox.textContent = message; }, 30);
}

export function showScreen(name) {
  session.screen = name;
  render(true);
}

/** Builds the current screen again; `moveFocus` puts focus on its heading. */
export function render(moveFocus) {
  app.setAttribute('data-state', session.screen);
  app.setAttribute('data-mode', session.attempt ? session.attempt.mode : session.finished ? session.finished.mode : '');
  session.view = null;
  screenBox.textContent = '';
  screenBox.appendChild(renderers[session.screen]());
  const target = moveFocus && screenBox.querySelector('[data-autofocus]');
  if (!target) return;
  // A new screen starts at its top, not under the sticky exam bar.
  if (app.getBoundingClientRect().top < 0) app.scrollIntoView({ behavior: 'instant' });
  target.focus();
}

/** A screen's heading, focusable by script so a new screen can be announced. */
export function screenHeading(key) {
  return element('h2', { tabindex: '-1', 'data-autofocus': true }, translate(key));
}

/** Shows the app in place of the page's static question sheet. */
export function mountApp() {
  app.textContent = '';
  app.appendChild(alertBox);
  app.appendChild(screenBox);
  app.appendChild(statusBox);
  const sheet = document.getElementById('quiz-static');
  if (sheet) sheet.hidden = true;
  app.hidden = false;
  render(false);
}
