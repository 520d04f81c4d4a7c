/* Keys on the question screen: 1-9 or A-E choose, the left and right arrows move, F flags, Enter
 * goes on. Keys typed into a field, or meant for a focused control outside the quiz, are left alone. */
import { app, translate } from './page.js';
import { optionLetter } from './format.js';
import { session } from './state.js';
import { announce } from './display.js';
import { showQuestion } from './actions.js';
import { pickOption, toggleFlag, goOn } from './question.js';

export function installKeyboard() {
  document.addEventListener('keydown', onKeyDown);
}

function onKeyDown(event) {
  const attempt = session.attempt, view = session.view;
  if (session.screen !== 'question' || !attempt || !view || session.dialog || event.defaultPrevented || event.isComposing ||
      event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target || document.body, tag = target.tagName, key = event.key;
  const onRadio = tag === 'INPUT' && target.type === 'radio';
  if (tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable || (tag === 'INPUT' && !onRadio)) return;
  if (!app.contains(target) && target.closest && target.closest('a, button, summary, dialog')) return;
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    if (onRadio) return; // the radio group's own arrow keys
    event.preventDefault();
    showQuestion(attempt.pos + (key === 'ArrowLeft' ? -1 : 1));
  } else if (key === 'f' || key === 'F') {
    event.preventDefault();
    toggleFlag();
  } else if (key === 'Enter') {
    if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return; // the control's own activation
    event.preventDefault();
    goOn();
  } else if (/^[1-9a-e]$/i.test(key)) {
    const position = /\d/.test(key) ? Number(key) - 1 : key.toUpperCase().charCodeAt(0) - 65, input = view.inputs[position];
    if (!input || input.disabled) return;
    event.preventDefault();
    input.checked = true;
    if (onRadio) input.focus();
    pickOption(position);
    announce(translate('quiz_selected', { letter: optionLetter(position) }));
  }
}
