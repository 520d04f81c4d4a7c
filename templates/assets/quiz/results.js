/* The results screen: score and verdict, the time used, each domain's score with lessons to review
 * for a domain below the pass mark, then the review of every question and the history. */
import { questions, passingScore, bankLang, translate } from './page.js';
import { element, actionButton } from './dom.js';
import { percent, passes, formatClock, modeName } from './format.js';
import { session } from './state.js';
import { scoreOf } from './attempt.js';
import { screenHeading, showScreen, alertMessage } from './display.js';
import { startAttempt } from './actions.js';
import { missedAndFlagged } from './deck.js';
import { renderReview } from './review.js';
import { renderHistory } from './history.js';

export function renderResults() {
  const attempt = session.finished, score = scoreOf(attempt), passed = passes(score.correct, score.total);
  const rows = score.domains.map(domainRow);
  const allDomainsPassed = score.domains.every((domain) => passes(domain.correct, domain.total));
  const { missed, flagged } = missedAndFlagged(attempt);
  return element('div', { class: 'quiz-screen quiz-results', 'data-testid': 'quiz-results' }, [
    screenHeading('quiz_results_heading'),
    element('div', 'quiz-summary ' + (passed ? 'is-pass' : 'is-fail'), [
      element('p', 'quiz-score-line', [
        element('span', 'quiz-score-label', translate('quiz_score_label') + ': '),
        element('strong', { class: 'quiz-score', 'data-testid': 'quiz-score' }, percent(score.correct, score.total) + '%')
      ]),
      element('p', 'quiz-correct-count', translate('quiz_correct_of', { correct: score.correct, total: score.total })),
      element('p', { class: 'quiz-verdict', 'data-testid': 'quiz-verdict', 'data-passed': String(passed) }, [
        element('span', { class: 'quiz-icon', 'aria-hidden': 'true' }, passed ? '✓' : '✗'),
        ' ',
        element('strong', null, translate(passed ? 'quiz_passed' : 'quiz_failed')),
        ' ',
        element('span', null, translate('quiz_verdict_detail', { n: passingScore }))
      ]),
      element('p', { class: 'quiz-time-used', 'data-testid': 'quiz-time-used' }, modeName(attempt.mode) + ' · ' + (attempt.limit
        ? translate('quiz_time_used_of', { time: formatClock(attempt.elapsed), limit: formatClock(attempt.limit) })
        : translate('quiz_time_used', { time: formatClock(attempt.elapsed) })))
    ]),
    rows.length ? element('h3', null, translate('quiz_domain_results_heading')) : null,
    rows.length ? element('ul', { class: 'quiz-domains', role: 'list' }, rows) : null,
    rows.length && allDomainsPassed ? element('p', 'quiz-all-passed', translate('quiz_all_domains_passed')) : null,
    element('div', 'quiz-actions', [
      actionButton('quiz_retake', 'quiz-retake', true, () => retake(attempt)),
      missed.length ? actionButton('quiz_retry_missed', 'quiz-retry-missed', false, () => startAttempt(missed), { n: missed.length }) : null,
      flagged.length ? actionButton('quiz_retry_flagged', 'quiz-retry-flagged', false, () => startAttempt(flagged), { n: flagged.length }) : null,
      actionButton('quiz_back_to_intro', 'quiz-to-intro', false, () => {
        session.finished = null;
        alertMessage('');
        showScreen('intro');
      })
    ]),
    renderReview(attempt),
    renderHistory()
  ]);
}

/** A new attempt with the same mode, shuffle and number of questions (a review: the same questions). */
function retake(attempt) {
  if (attempt.review) {
    startAttempt(attempt.order);
    return;
  }
  session.preferences = {
    mode: attempt.mode, shuffle: attempt.shuffle, count: attempt.order.length < questions.length ? attempt.order.length : 0
  };
  startAttempt();
}

function domainRow(domain) {
  const score = percent(domain.correct, domain.total), passed = passes(domain.correct, domain.total);
  const fill = element('span', 'quiz-bar-fill'), passMark = element('span', 'quiz-bar-mark');
  fill.style.width = score + '%';
  passMark.style.left = Math.min(100, passingScore) + '%';
  return element('li', {
    class: 'quiz-domain ' + (passed ? 'is-pass' : 'is-fail'), 'data-testid': 'quiz-domain-row', 'data-domain': domain.name,
    'data-passed': String(passed)
  }, [
    element('div', 'quiz-domain-head', [
      element('span', { class: 'quiz-domain-name', lang: bankLang }, domain.name),
      domain.weight != null ? element('span', 'quiz-domain-weight', translate('quiz_domain_weight', { weight: domain.weight })) : null,
      element('span', 'quiz-domain-score', translate('quiz_domain_score', { correct: domain.correct, total: domain.total, pct: score })),
      // In words as well as colour.
      element('span', 'quiz-domain-verdict', translate(passed ? 'quiz_passed' : 'quiz_failed'))
    ]),
    element('div', { class: 'quiz-bar', 'aria-hidden': 'true' }, [fill, passMark]),
    passed || !domain.lessons.length ? null : lessonsToReview(domain.lessons)
  ]);
}

/** The domain's lessons: a link to each that exists in this build, "coming soon" for the others. */
function lessonsToReview(lessons) {
  return element('div', 'quiz-review', [
    element('p', 'quiz-review-heading', translate('quiz_review_heading')),
    element('ul', null, lessons.map((lesson) => {
      const href = safeHref(lesson && lesson.href), title = String(lesson && lesson.title != null ? lesson.title : '');
      return element('li', null, href
        ? [element('a', { href, 'data-testid': 'quiz-review-link' }, title)]
        : [element('span', 'quiz-lesson-title', title), ' ',
          element('span', { class: 'quiz-soon', 'data-testid': 'quiz-coming-soon' }, translate('quiz_coming_soon'))]);
    }))
  ]);
}

/** A relative or http(s) address, else null (browsers ignore tabs and newlines in a scheme). */
function safeHref(href) {
  const bare = typeof href === 'string' ? href.replace(/[\u0000-\u0020\u007f]/g, '') : '';
  return bare && (!/^[a-z][a-z0-9+.-]*:/i.test(bare) || /^https?:/i.test(bare)) ? href : null;
}
