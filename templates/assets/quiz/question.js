/* The question screen: one question as a radio group, the progress, a grid of every question, and
 * in practice the verdict once an answer is checked. session.view keeps what changes while it shows:
 * {questionIndex, question, optionOrder, inputs, grid, fieldset, hint, feedback, bar, count, clock,
 * timer, flag (in the exam bar), actions}. */
import { questions, optionsOf, translate } from './page.js';
import { element, bankText, actionButton } from './dom.js';
import { optionLetter, modeName, formatClock } from './format.js';
import { session, persist } from './state.js';
import { answerCounts } from './attempt.js';
import { announce } from './display.js';
import { showQuestion, askToFinish } from './actions.js';

const STATE_NAMES = {
  answered: 'quiz_state_answered', correct: 'quiz_state_correct', wrong: 'quiz_state_wrong', unanswered: 'quiz_state_unanswered'
};

export function renderQuestion() {
  const attempt = session.attempt, exam = attempt.mode === 'exam', questionIndex = attempt.order[attempt.pos];
  const view = session.view = {
    questionIndex, question: questions[questionIndex] || {}, optionOrder: attempt.opts[questionIndex], inputs: [], grid: []
  };
  view.fieldset = questionFieldset(attempt, view);
  view.hint = element('p', { class: 'quiz-hint', 'aria-live': 'polite' });
  view.feedback = exam ? null : element('div', { class: 'quiz-feedback', 'data-testid': 'quiz-feedback', 'aria-live': 'polite' });
  view.bar = element('div', {
    class: 'quiz-progress', role: 'progressbar', 'aria-label': translate('quiz_progress_label'), 'aria-valuemin': 0,
    'aria-valuemax': attempt.order.length
  }, [element('div', 'quiz-progress-bar')]);
  view.count = element('span', { class: 'quiz-answered', 'data-testid': 'quiz-answered' });
  view.clock = attempt.limit
    ? element('span', { class: 'quiz-clock', role: 'timer', 'data-testid': 'quiz-clock' }, formatClock(attempt.limit - attempt.elapsed, true))
    : null;
  view.timer = element('p', 'quiz-timer', [translate('quiz_time_left') + ' ', view.clock]);
  view.actions = questionActions(attempt, view);

  // The exam bar: sticky, so the time, the count, the flag and submit stay in sight below a long question.
  const screen = element('div', 'quiz-screen quiz-question-screen', [
    element('div', { class: 'quiz-toolbar', 'data-testid': 'quiz-exam-bar' }, [
      element('p', { class: 'quiz-mode-tag', 'data-testid': 'quiz-mode' }, modeName(attempt.mode)),
      view.clock ? view.timer : null, view.count, view.flag,
      actionButton(exam ? 'quiz_submit' : 'quiz_finish', 'quiz-submit', false, askToFinish)
    ]),
    element('div', 'quiz-progress-row', [view.bar]),
    questionGrid(attempt, view), view.fieldset, view.hint, view.feedback, view.actions,
    element('p', 'quiz-keys', translate('quiz_keys_hint'))
  ]);
  if (!exam && attempt.answers[questionIndex] != null) showAnswer();
  refreshProgress();
  return screen;
}

function questionFieldset(attempt, view) {
  const { questionIndex, question } = view, name = 'quiz-answer-' + questionIndex;
  const labels = view.optionOrder.map((optionIndex, position) => {
    const id = name + '-' + position;
    const input = element('input', {
      type: 'radio', name, value: optionIndex, id, 'data-testid': 'quiz-option', 'data-letter': optionLetter(position)
    });
    input.checked = attempt.answers[questionIndex] === optionIndex;
    input.addEventListener('change', () => { if (input.checked) pickOption(position); });
    view.inputs.push(input);
    return element('label', { class: 'quiz-option', for: id }, [
      input, element('span', 'quiz-letter', optionLetter(position) + '.'),
      bankText('span', 'quiz-option-text', optionsOf(questionIndex)[optionIndex])
    ]);
  });
  return element('fieldset', {
    class: 'quiz-question', 'data-testid': 'quiz-question', 'data-index': attempt.pos, 'data-question-id': question.id
  }, [
    element('legend', { class: 'quiz-legend', tabindex: '-1', 'data-autofocus': true }, [
      element('span', 'quiz-qnum', translate('quiz_question_of', { n: attempt.pos + 1, total: attempt.order.length })),
      ' ',
      bankText('span', 'quiz-qtext', question.question)
    ]),
    element('div', 'quiz-options', labels)
  ]);
}

function questionGrid(attempt, view) {
  return element('nav', { class: 'quiz-nav', 'aria-label': translate('quiz_grid_label') }, [
    element('ol', { class: 'quiz-grid', role: 'list' }, attempt.order.map((questionIndex, position) => {
      const cell = element('button', { type: 'button', class: 'quiz-grid-btn', 'data-testid': 'quiz-grid-item', 'data-index': position },
        String(position + 1));
      cell.addEventListener('click', () => showQuestion(position));
      view.grid.push(cell);
      return element('li', null, [cell]);
    }))
  ]);
}

/** Previous and Next (exam) or Check (practice, until answered; showAnswer adds Next). */
function questionActions(attempt, view) {
  const exam = attempt.mode === 'exam', last = attempt.pos === attempt.order.length - 1;
  const previous = actionButton('quiz_prev', 'quiz-prev', false, () => showQuestion(attempt.pos - 1));
  previous.disabled = attempt.pos === 0;
  view.flag = element('button', {
    type: 'button', class: 'quiz-btn quiz-flag', 'aria-pressed': String(!!attempt.flags[view.questionIndex]), 'data-testid': 'quiz-flag'
  }, [element('span', { class: 'quiz-flag-icon', 'aria-hidden': 'true' }, '⚑'), ' ' + translate('quiz_flag')]);
  view.flag.addEventListener('click', toggleFlag);
  return element('div', 'quiz-actions quiz-question-actions', [previous,
    exam ? actionButton(last ? 'quiz_review_submit' : 'quiz_next', 'quiz-next', true, goOn)
      : attempt.answers[view.questionIndex] == null ? actionButton('quiz_check', 'quiz-check', true, checkAnswer) : null]);
}

/** Progress, answered count and the grid's states after any change. */
function refreshProgress() {
  const attempt = session.attempt, view = session.view, counts = answerCounts(attempt), exam = attempt.mode === 'exam';
  view.bar.setAttribute('aria-valuenow', counts.answered);
  view.bar.setAttribute('aria-valuetext', counts.answered + '/' + counts.total);
  view.bar.firstChild.style.width = (counts.answered * 100) / counts.total + '%';
  view.count.textContent = translate('quiz_answered_of', { n: counts.answered, total: counts.total });
  view.grid.forEach((cell, position) => {
    const questionIndex = attempt.order[position], answer = attempt.answers[questionIndex], flagged = !!attempt.flags[questionIndex];
    // An exam shows no verdict before the end, only that a question is answered.
    const state = answer == null ? 'unanswered' : exam ? 'answered' : answer === questions[questionIndex].correct ? 'correct' : 'wrong';
    const words = [translate('quiz_grid_item', { n: position + 1 }), translate(STATE_NAMES[state])];
    if (flagged) words.push(translate('quiz_state_flagged'));
    cell.className = 'quiz-grid-btn is-' + state + (answer != null ? ' is-answered' : '') + (flagged ? ' is-flagged' : '');
    cell.setAttribute('aria-label', words.join(', '));
    cell.setAttribute('data-answered', String(answer != null));
    cell.setAttribute('data-flagged', String(flagged));
    if (position === attempt.pos) cell.setAttribute('aria-current', 'step');
    else cell.removeAttribute('aria-current');
  });
}

/** Practice: locks and marks the options, fills the live region, swaps Check for Next. */
function showAnswer() {
  const attempt = session.attempt, view = session.view, question = view.question;
  const choice = attempt.answers[view.questionIndex], right = choice === question.correct, feedback = view.feedback;
  view.fieldset.setAttribute('data-answered', 'true');
  for (const input of view.inputs) {
    const optionIndex = Number(input.value);
    const mark = optionIndex === question.correct ? 'correct' : optionIndex === choice ? 'wrong' : '';
    input.disabled = true;
    input.checked = optionIndex === choice;
    if (!mark) continue;
    input.parentNode.classList.add('is-' + mark);
    input.parentNode.appendChild(element('span', 'quiz-mark', translate(mark === 'correct' ? 'quiz_correct_answer' : 'quiz_your_answer')));
  }
  view.hint.textContent = '';
  feedback.textContent = '';
  feedback.className = 'quiz-feedback ' + (right ? 'is-correct' : 'is-wrong');
  feedback.setAttribute('data-correct', String(right));
  feedback.appendChild(element('p', 'quiz-feedback-verdict', [
    element('span', { class: 'quiz-icon', 'aria-hidden': 'true' }, right ? '✓' : '✗'),
    ' ',
    element('strong', null, translate(right ? 'quiz_feedback_correct' : 'quiz_feedback_incorrect',
      { letter: optionLetter(view.optionOrder.indexOf(question.correct)) }))
  ]));
  if (question.explanation) {
    feedback.appendChild(element('p', 'quiz-explanation', [
      element('span', 'quiz-explanation-label', translate('quiz_explanation') + ': '),
      bankText('span', 'quiz-explanation-text', question.explanation)
    ]));
  }
  const checkButton = view.actions.querySelector('[data-testid=quiz-check]');
  if (checkButton) checkButton.remove();
  view.actions.appendChild(actionButton(attempt.pos >= attempt.order.length - 1 ? 'quiz_see_results' : 'quiz_next', 'quiz-next', true, goOn));
}

/** The option at shown position `position` was chosen (click, arrow keys in the group, 1-9 / A-E). */
export function pickOption(position) {
  const attempt = session.attempt, view = session.view;
  if (attempt.mode === 'exam') {
    attempt.answers[view.questionIndex] = view.optionOrder[position];
    persist();
    refreshProgress();
  }
  view.hint.textContent = '';
}

function checkAnswer() {
  const attempt = session.attempt, view = session.view, selected = view.inputs.find((input) => input.checked);
  if (!selected) {
    view.hint.textContent = translate('quiz_choose_option');
    return;
  }
  attempt.answers[view.questionIndex] = Number(selected.value);
  persist();
  showAnswer();
  refreshProgress();
  view.actions.lastChild.focus();
}

export function toggleFlag() {
  const attempt = session.attempt, questionIndex = attempt.order[attempt.pos];
  if (attempt.flags[questionIndex]) delete attempt.flags[questionIndex];
  else attempt.flags[questionIndex] = true;
  persist();
  session.view.flag.setAttribute('aria-pressed', String(!!attempt.flags[questionIndex]));
  announce(translate(attempt.flags[questionIndex] ? 'quiz_flagged_on' : 'quiz_flagged_off', { n: attempt.pos + 1 }));
  refreshProgress();
}

/** Next question; after the last one, the results (or the finish dialog when something is open). */
export function goOn() {
  const attempt = session.attempt;
  if (attempt.mode === 'practice' && attempt.answers[session.view.questionIndex] == null) {
    checkAnswer();
    return;
  }
  if (attempt.pos < attempt.order.length - 1) showQuestion(attempt.pos + 1);
  else askToFinish();
}
