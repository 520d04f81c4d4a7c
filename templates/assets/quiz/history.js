/* Scores over past attempts: an inline SVG chart (role img, named by its summary) and the same data
 * as a table, with a button to clear them. */
import { passingScore, pageLang, translate } from './page.js';
import { element, svgElement, actionButton } from './dom.js';
import { percent, modeName } from './format.js';
import { saved, persist } from './state.js';
import { announce, render } from './display.js';

const CHART = { width: 330, height: 140, left: 44, right: 10, top: 10, bottom: 22 };

export function renderHistory() {
  const history = saved.history;
  if (!history.length) return null;
  const scores = history.map((entry) => percent(entry.correct, entry.total));
  return element('section', { class: 'quiz-history', 'aria-labelledby': 'quiz-history-title', 'data-testid': 'quiz-history' }, [
    element('h3', { id: 'quiz-history-title' }, translate('quiz_history_heading')),
    historyChart(history, scores),
    element('details', 'quiz-history-details', [
      element('summary', null, translate('quiz_history_show_table')),
      historyTable(history, scores)
    ]),
    element('div', 'quiz-actions', [actionButton('quiz_history_clear', 'quiz-history-clear', false, clearHistory)])
  ]);
}

function clearHistory() {
  saved.history = [];
  persist();
  announce(translate('quiz_history_cleared'));
  render(true);
}

function historyChart(history, scores) {
  const { width, height, left, right, top, bottom } = CHART;
  const plotWidth = width - left - right, plotHeight = height - top - bottom;
  const heightOf = (score) => top + ((100 - score) * plotHeight) / 100;
  const points = scores.map((score, i) =>
    [left + (history.length > 1 ? (i * plotWidth) / (history.length - 1) : plotWidth / 2), heightOf(score)]);
  const parts = [svgElement('title', { id: 'quiz-chart-title' }, translate('quiz_history_summary', {
    n: history.length, last: scores[scores.length - 1], best: Math.max(...scores)
  }))];
  for (const score of [0, 50, 100]) {
    parts.push(svgElement('line', { class: 'quiz-chart-grid', x1: left, x2: width - right, y1: heightOf(score), y2: heightOf(score) }));
    parts.push(svgElement('text', { class: 'quiz-chart-label', x: left - 6, y: heightOf(score) + 4, 'text-anchor': 'end' }, score + '%'));
  }
  parts.push(svgElement('line', {
    class: 'quiz-chart-pass', x1: left, x2: width - right, y1: heightOf(passingScore), y2: heightOf(passingScore)
  }));
  if (points.length > 1) {
    parts.push(svgElement('polyline', { class: 'quiz-chart-line', points: points.map((point) => point.join(',')).join(' ') }));
  }
  points.forEach(([centerX, centerY], i) => {
    parts.push(svgElement('circle', {
      class: 'quiz-chart-dot' + (history[i].passed ? ' is-pass' : ' is-fail'), cx: centerX, cy: centerY, r: 4
    }));
  });
  parts.push(svgElement('text', { class: 'quiz-chart-label', x: left, y: height - 4 }, '1'));
  if (history.length > 1) {
    parts.push(svgElement('text', { class: 'quiz-chart-label', x: width - right, y: height - 4, 'text-anchor': 'end' }, String(history.length)));
  }
  return svgElement('svg', {
    class: 'quiz-chart', viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-labelledby': 'quiz-chart-title', 'data-testid': 'quiz-chart'
  }, parts);
}

function historyTable(history, scores) {
  const columns = ['quiz_history_number', 'quiz_history_date', 'quiz_history_mode', 'quiz_score_label', 'quiz_history_result'];
  return element('table', { class: 'quiz-history-table', 'data-testid': 'quiz-history-table' }, [
    element('caption', null, translate('quiz_history_heading')),
    element('thead', null, [element('tr', null, columns.map((key) => element('th', { scope: 'col' }, translate(key))))]),
    element('tbody', null, history.map((entry, i) => element('tr', { 'data-testid': 'quiz-history-row' }, [
      element('td', null, String(i + 1)),
      element('td', null, formatDate(entry.date)),
      element('td', null, modeName(entry.mode)),
      element('td', null, scores[i] + '% (' + entry.correct + '/' + entry.total + ')'),
      element('td', null, translate(entry.passed ? 'quiz_passed' : 'quiz_failed'))
    ])))
  ]);
}

function formatDate(time) {
  try {
    return new Date(time).toLocaleString(pageLang || undefined, { dateStyle: 'short', timeStyle: 'short' });
  } catch (error) {
    return new Date(time).toISOString();
  }
}
