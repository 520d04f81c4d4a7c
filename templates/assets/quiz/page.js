/* What the page gives the quiz: the #quiz-app element, the bank from #quiz-data and the UI strings
 * from #quiz-strings. Without the element or a bank, `ready` is false and the page keeps its static
 * question sheet. */
export const app = document.getElementById('quiz-app');

function readJson(id) {
  const node = document.getElementById(id);
  try {
    return node ? JSON.parse(node.textContent) : null;
  } catch (error) {
    return null;
  }
}

const data = readJson('quiz-data');
const strings = readJson('quiz-strings') || {};

export const ready = Boolean(app && data && typeof data === 'object');
const bank = ready ? data : {};

export const questions = Array.isArray(bank.questions) ? bank.questions : [];
export const domains = Array.isArray(bank.domains) ? bank.domains : [];
export const passingScore = typeof bank.passingScore === 'number' ? bank.passingScore : 70;
export const durationMinutes = bank.durationMinutes > 0 ? Number(bank.durationMinutes) : 0;
/** The language the bank is written in, for the lang attribute of its text (null: the page's). */
export const bankLang = bank.lang || null;
export const pageLang = app ? app.getAttribute('lang') || document.documentElement.lang || '' : '';
/** One storage entry per quiz, for all its languages (older versions: one per language, key + '.' + lang). */
export const storageKey = 'build-site.quiz.' + String(bank.slug || location.pathname);

export function optionsOf(questionIndex) {
  const options = questions[questionIndex].options;
  return Array.isArray(options) ? options : [];
}

/** translate('quiz_question_of', {n: 3, total: 12}) fills {n} and {total}; a missing key shows the key. */
export function translate(key, params) {
  const text = typeof strings[key] === 'string' ? strings[key] : key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : placeholder);
}
