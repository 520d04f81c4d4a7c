/* The finish dialog: a modal <dialog> counting answered, unanswered and flagged questions before an
 * attempt ends. Escape or "Back" closes it, and focus returns to the control that opened it. */
import { app, translate } from './page.js';
import { element, actionButton } from './dom.js';
import { session } from './state.js';

export function openFinishDialog(counts, onFinish) {
  if (session.dialog) return;
  const exam = session.attempt.mode === 'exam', opener = document.activeElement;
  const back = actionButton('quiz_dialog_back', 'quiz-dialog-cancel', false, () => dialog.close());
  const dialog = element('dialog', {
    class: 'quiz-dialog', 'aria-labelledby': 'quiz-dialog-title', 'aria-describedby': 'quiz-dialog-desc', 'data-testid': 'quiz-dialog'
  }, [
    element('h2', { id: 'quiz-dialog-title' }, translate(exam ? 'quiz_dialog_title_exam' : 'quiz_dialog_title_practice')),
    element('div', { id: 'quiz-dialog-desc' }, [
      element('ul', 'quiz-dialog-counts', [
        element('li', { 'data-testid': 'quiz-dialog-answered' }, translate('quiz_dialog_answered', { n: counts.answered, total: counts.total })),
        element('li', { 'data-testid': 'quiz-dialog-unanswered' }, translate('quiz_dialog_unanswered', { n: counts.unanswered })),
        element('li', { 'data-testid': 'quiz-dialog-flagged' }, translate('quiz_dialog_flagged', { n: counts.flagged }))
      ]),
      counts.unanswered ? element('p', 'quiz-dialog-note', translate('quiz_dialog_note')) : null
    ]),
    element('div', 'quiz-actions', [back, actionButton(exam ? 'quiz_submit' : 'quiz_finish', 'quiz-dialog-submit', true, onFinish)])
  ]);
  dialog.addEventListener('close', () => {
    if (session.dialog === dialog) session.dialog = null;
    dialog.remove();
    if (opener && opener.isConnected && opener.focus) opener.focus();
  });
  app.appendChild(dialog);
  session.dialog = dialog;
  dialog.showModal();
  back.focus();
}

export function closeDialog() {
  const dialog = session.dialog;
  if (!dialog) return;
  session.dialog = null;
  dialog.close();
}
