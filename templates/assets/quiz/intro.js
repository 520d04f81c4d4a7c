/* The intro screen: the quiz's facts, then what to do first (the attempt left unfinished, to resume
 * or discard, or the questions due for review and a start with the setup below), the domains, the
 * setup of a new attempt and the history of past attempts. The start comes before the domains so a
 * phone shows it on the first screen. */
import { questions, domains, passingScore, durationMinutes, bankLang, translate } from './page.js';
import { element, actionButton } from './dom.js';
import { formatClock, modeName } from './format.js';
import { session, saved, storageWorks } from './state.js';
import { answerCounts, examLimit, MINUTE } from './attempt.js';
import { screenHeading } from './display.js';
import { startAttempt, resumeAttempt, discardAttempt } from './actions.js';
import { renderHistory } from './history.js';
import { deckQuestions } from './deck.js';

export function renderIntro() {
  const setup = questions.length && !saved.attempt ? setupForm() : null;
  return element('div', 'quiz-screen quiz-intro', [
    screenHeading('quiz_intro_heading'),
    element('ul', 'quiz-facts', [
      element('li', null, translate('quiz_question_count', { n: questions.length })),
      durationMinutes ? element('li', null, translate('quiz_duration', { n: durationMinutes })) : null,
      element('li', null, translate('quiz_passing_score', { n: passingScore }))
    ]),
    ...(!questions.length ? [element('p', 'quiz-empty', translate('quiz_no_questions'))]
      : saved.attempt ? [resumePanel(saved.attempt)] : [duePanel(), quickStart(setup)]),
    durationMinutes ? element('p', { class: 'quiz-note', 'data-testid': 'quiz-clock-note' }, translate('quiz_clock_paused')) : null,
    domains.length ? element('h3', null, translate('quiz_domains_heading')) : null,
    domains.length ? element('ul', 'quiz-weights', domains.map((domain) => element('li', null, [
      element('span', { class: 'quiz-weight-name', lang: bankLang }, String(domain.name)),
      domain.weight != null ? element('span', 'quiz-weight-value', translate('quiz_domain_weight', { weight: domain.weight })) : null
    ]))) : null,
    setup,
    storageWorks ? null : element('p', { class: 'quiz-note', 'data-testid': 'quiz-storage-off' }, translate('quiz_storage_off')),
    renderHistory()
  ]);
}

function resumePanel(attempt) {
  const counts = answerCounts(attempt);
  return element('section', { class: 'quiz-panel quiz-resume', 'aria-labelledby': 'quiz-resume-title', 'data-testid': 'quiz-resume-panel' }, [
    element('h3', { id: 'quiz-resume-title' }, translate('quiz_resume_heading')),
    element('p', { 'data-testid': 'quiz-resume-info' }, [
      modeName(attempt.mode), ' · ', translate('quiz_answered_of', { n: counts.answered, total: counts.total }),
      attempt.limit ? ' · ' + translate('quiz_time_left_value', { time: formatClock(attempt.limit - attempt.elapsed, true) }) : null
    ]),
    element('div', 'quiz-actions', [
      actionButton('quiz_resume', 'quiz-resume', true, resumeAttempt),
      actionButton('quiz_discard', 'quiz-discard', false, discardAttempt)
    ])
  ]);
}

/** How many of the review deck's questions are due, with a practice of them; nothing for an empty deck. */
function duePanel() {
  const { held, due } = deckQuestions(saved.deck, Date.now());
  return held.length ? element('section', { class: 'quiz-panel quiz-due', 'data-testid': 'quiz-due-panel' }, [
    element('p', { 'data-testid': 'quiz-due', 'data-due': due.length }, translate('quiz_due', { n: due.length })),
    due.length ? element('div', 'quiz-actions', [actionButton('quiz_due_start', 'quiz-due-start', true, () => startAttempt(due))]) : null
  ]) : null;
}

/** A start button for the setup below as it stands, which it names: mode and number of questions. */
function quickStart(setup) {
  const summary = element('p', { id: 'quiz-quick-summary', class: 'quiz-quick-summary', 'data-testid': 'quiz-quick-summary' });
  function describe() {
    const mode = setup.querySelector('input[name=quiz-mode]:checked'), count = setup.querySelector('select');
    const n = count && Number(count.value) > 0 ? Number(count.value) : questions.length;
    summary.textContent = translate('quiz_quick_summary', { mode: modeName(mode ? mode.value : 'practice'), n });
  }
  describe();
  setup.addEventListener('change', describe);
  return element('div', 'quiz-quick-start', [
    element('div', 'quiz-actions', [
      element('button', {
        type: 'submit', form: setup.id, class: 'quiz-btn quiz-btn-primary', 'aria-describedby': summary.id,
        'data-testid': 'quiz-quick-start'
      }, translate('quiz_start')),
      element('a', { class: 'quiz-btn', href: '#' + setup.id }, translate('quiz_setup_link'))
    ]),
    summary
  ]);
}

/** Mode, shuffle and (for a bank of more than five) how many questions; submitting starts. */
function setupForm() {
  const preferences = session.preferences;
  const examDescription = element('span', { id: 'quiz-mode-exam-desc', class: 'quiz-choice-desc' });
  const shuffle = element('input', { type: 'checkbox', id: 'quiz-shuffle', 'data-testid': 'quiz-shuffle' });
  shuffle.checked = preferences.shuffle;
  const countSelect = questionCountSelect(preferences.count);
  function chosenCount() {
    return countSelect && Number(countSelect.value) > 0 ? Number(countSelect.value) : questions.length;
  }
  // The exam's time depends on how many questions it asks.
  function describeExam() {
    const limit = examLimit(chosenCount());
    examDescription.textContent = limit ? translate('quiz_mode_exam_desc', { n: limit / MINUTE }) : translate('quiz_mode_exam_untimed');
  }
  describeExam();
  if (countSelect) countSelect.addEventListener('change', describeExam);

  const form = element('form', { id: 'quiz-setup', class: 'quiz-panel quiz-setup', 'data-testid': 'quiz-setup', 'aria-labelledby': 'quiz-setup-title' }, [
    element('h3', { id: 'quiz-setup-title' }, translate('quiz_setup_heading')),
    element('fieldset', 'quiz-modes', [
      element('legend', null, translate('quiz_mode_legend')),
      modeChoice('practice', element('span', { id: 'quiz-mode-practice-desc', class: 'quiz-choice-desc' }, translate('quiz_mode_practice_desc'))),
      modeChoice('exam', examDescription)
    ]),
    element('div', 'quiz-choice', [shuffle, element('label', { for: 'quiz-shuffle' }, translate('quiz_shuffle'))]),
    countSelect ? element('div', 'quiz-field', [element('label', { for: 'quiz-count' }, translate('quiz_count_label')), countSelect]) : null,
    element('div', 'quiz-actions', [
      element('button', { type: 'submit', class: 'quiz-btn quiz-btn-primary', 'data-testid': 'quiz-start' }, translate('quiz_start'))
    ])
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const mode = form.querySelector('input[name=quiz-mode]:checked');
    session.preferences = {
      mode: mode && mode.value === 'exam' ? 'exam' : 'practice', shuffle: shuffle.checked,
      count: chosenCount() < questions.length ? chosenCount() : 0
    };
    startAttempt();
  });
  return form;
}

function modeChoice(mode, description) {
  const input = element('input', {
    type: 'radio', name: 'quiz-mode', value: mode, id: 'quiz-mode-' + mode, 'aria-describedby': 'quiz-mode-' + mode + '-desc',
    'data-testid': 'quiz-mode-' + mode
  });
  input.checked = session.preferences.mode === mode;
  // The description stays out of the label: it is the radio's description, not part of its name.
  return element('div', 'quiz-choice', [input, element('div', null, [
    element('label', { for: 'quiz-mode-' + mode, class: 'quiz-choice-name' }, modeName(mode)), description])]);
}

/** All questions, or a random 5, 10, 15, 20, 30, 40, 50, 75, 100… of them; null for a bank of five or fewer. */
function questionCountSelect(chosen) {
  const sizes = [];
  for (let size = 5; size < questions.length; size += size < 20 ? 5 : size < 50 ? 10 : 25) sizes.push(size);
  if (!sizes.length) return null;
  const select = element('select', { id: 'quiz-count', 'data-testid': 'quiz-count' },
    [element('option', { value: '0' }, translate('quiz_count_all', { n: questions.length }))].concat(sizes.map((size) =>
      element('option', { value: size }, translate('quiz_count_random', { n: size })))));
  select.value = String(sizes.indexOf(chosen) >= 0 ? chosen : 0);
  return select;
}
