/* Practice-exam page: drives #quiz-app from the JSON in #quiz-data and #quiz-strings, in place of the
 * page's static question sheet (which stays for readers without JavaScript). The parts are ES modules
 * in quiz/, loaded as they are: no build step, and relative imports work under any base path.
 * Progress and history stay in this browser's localStorage. */
import { ready } from './quiz/page.js';
import { session, persist } from './quiz/state.js';
import { tick } from './quiz/clock.js';
import { registerScreens, mountApp } from './quiz/display.js';
import { renderIntro } from './quiz/intro.js';
import { renderQuestion } from './quiz/question.js';
import { renderResults } from './quiz/results.js';
import { installKeyboard } from './quiz/keyboard.js';
// Imported further down as well; named here so the browser fetches every part at once instead of
// one level of imports after the other.
import './quiz/actions.js';
import './quiz/attempt.js';
import './quiz/deck.js';
import './quiz/dialog.js';
import './quiz/dom.js';
import './quiz/format.js';
import './quiz/history.js';
import './quiz/review.js';

if (ready) {
  registerScreens({ intro: renderIntro, question: renderQuestion, results: renderResults });
  installKeyboard();
  // Leaving the page saves the time used up to now.
  window.addEventListener('pagehide', () => {
    if (session.attempt) {
      tick();
      persist();
    }
  });
  mountApp();
}
