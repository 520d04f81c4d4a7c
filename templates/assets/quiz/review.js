/* The review after an attempt: every question with the learner's answer, the right one and the
 * explanation, filtered to all, wrong or unanswered, or flagged. */
import { questions, optionsOf, translate } from './page.js';
import { element, bankText } from './dom.js';
import { optionLetter } from './format.js';
import { session } from './state.js';
import { announce } from './display.js';

const FILTERS = ['all', 'wrong', 'flagged'];
const FILTER_NAMES = { all: 'quiz_filter_all', wrong: 'quiz_filter_wrong', flagged: 'quiz_filter_flagged' };
const RESULT_NAMES = { correct: 'quiz_state_correct', wrong: 'quiz_state_wrong', unanswered: 'quiz_state_unanswered' };
const RESULT_ICONS = { correct: '✓ ', wrong: '✗ ', unanswered: '– ' };

export function renderReview(attempt) {
  const items = attempt.order.map((questionIndex, position) => reviewItem(attempt, questionIndex, position));
  const counts = {
    all: items.length,
    wrong: items.filter((item) => item.result !== 'correct').length,
    flagged: items.filter((item) => item.flagged).length
  };
  const empty = element('p', { class: 'quiz-note', 'data-testid': 'quiz-review-empty' }, translate('quiz_review_empty'));
  function applyFilter() {
    let shown = 0;
    for (const item of items) {
      item.node.hidden = !isShown(item);
      if (!item.node.hidden) shown++;
    }
    empty.hidden = shown > 0;
    return shown;
  }
  const choices = FILTERS.map((filter) => {
    const input = element('input', {
      type: 'radio', name: 'quiz-filter', value: filter, id: 'quiz-filter-' + filter, 'data-testid': 'quiz-filter-' + filter
    });
    input.checked = session.reviewFilter === filter;
    input.addEventListener('change', () => {
      session.reviewFilter = filter;
      announce(translate('quiz_review_shown', { n: applyFilter(), total: items.length }));
    });
    return element('span', 'quiz-filter', [input,
      element('label', { for: 'quiz-filter-' + filter }, translate(FILTER_NAMES[filter], { n: counts[filter] }))]);
  });
  applyFilter();
  return element('section', { class: 'quiz-review-section', 'aria-labelledby': 'quiz-review-title' }, [
    element('h3', { id: 'quiz-review-title' }, translate('quiz_review_list_heading')),
    element('fieldset', 'quiz-filters', [element('legend', null, translate('quiz_filter_legend'))].concat(choices)),
    element('ol', { class: 'quiz-review-list', role: 'list' }, items.map((item) => item.node)),
    empty
  ]);
}

/** "Wrong" also shows the unanswered questions. */
function isShown(item) {
  const filter = session.reviewFilter;
  return filter === 'all' || (filter === 'wrong' ? item.result !== 'correct' : item.flagged);
}

function reviewItem(attempt, questionIndex, position) {
  const question = questions[questionIndex], answer = attempt.answers[questionIndex], optionOrder = attempt.opts[questionIndex];
  const result = answer == null ? 'unanswered' : answer === question.correct ? 'correct' : 'wrong';
  const flagged = !!attempt.flags[questionIndex];
  // An option as the learner saw it: the letter it was shown under, then its text.
  function shownOption(optionIndex) {
    return [element('span', 'quiz-letter', optionLetter(optionOrder.indexOf(optionIndex)) + '. '),
      bankText('span', 'quiz-option-text', optionsOf(questionIndex)[optionIndex])];
  }
  const node = element('li', {
    class: 'quiz-review-item is-' + result, 'data-testid': 'quiz-review-item', 'data-question-id': question.id,
    'data-result': result, 'data-flagged': String(flagged)
  }, [
    element('p', 'quiz-review-head', [
      element('strong', null, translate('quiz_question_number', { n: position + 1 })), ' ',
      element('span', 'quiz-tag is-' + result, [element('span', { 'aria-hidden': 'true' }, RESULT_ICONS[result]),
        translate(RESULT_NAMES[result])]),
      flagged ? ' ' : null,
      flagged ? element('span', 'quiz-tag is-flagged', [element('span', { 'aria-hidden': 'true' }, '⚑ '), translate('quiz_state_flagged')]) : null
    ]),
    bankText('p', 'quiz-review-q', question.question),
    element('p', { class: 'quiz-review-yours', 'data-testid': 'quiz-review-yours' },
      [element('span', 'quiz-review-label', translate('quiz_your_answer') + ': ')]
        .concat(answer == null ? [translate('quiz_not_answered')] : shownOption(answer))),
    result === 'correct' ? null : element('p', { class: 'quiz-review-right', 'data-testid': 'quiz-review-right' },
      [element('span', 'quiz-review-label', translate('quiz_correct_answer') + ': ')].concat(shownOption(question.correct))),
    question.explanation ? element('p', 'quiz-explanation', [element('span', 'quiz-explanation-label', translate('quiz_explanation') + ': '),
      bankText('span', 'quiz-explanation-text', question.explanation)]) : null
  ]);
  return { node, result, flagged };
}
