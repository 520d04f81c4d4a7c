/* The review deck: missed questions by id, each in a Leitner box (1-5) with when it was last answered.
 * Missed: box 1; right: a box on (out of the deck after box 5); due when its box's interval has passed. */
import { questions } from './page.js';
import { emptyRecord, isIntegerIn } from './attempt.js';

const DAY = 864e5;
const INTERVAL_DAYS = [0, 1, 3, 7, 14];

export function restoredDeck(stored) {
  const deck = emptyRecord();
  for (const id of Object.keys(stored && typeof stored === 'object' ? stored : {})) {
    const card = stored[id];
    if (card && isIntegerIn(card.box, 1, 6) && Number.isFinite(card.at)) deck[id] = { box: card.box, at: +card.at };
  }
  return deck;
}

/** Files each answer of a finished attempt, at time `now`. */
export function fileAnswers(deck, attempt, now) {
  for (const questionIndex of attempt.order) {
    const question = questions[questionIndex], id = String(question.id), card = deck[id];
    if (attempt.answers[questionIndex] !== question.correct) deck[id] = { box: 1, at: now };
    else if (card && card.box < 5) deck[id] = { box: card.box + 1, at: now };
    else delete deck[id];
  }
}

/** Bank indexes of the deck's questions, and of those due at `now`. */
export function deckQuestions(deck, now) {
  const held = [], due = [];
  questions.forEach((question, questionIndex) => {
    const card = deck[String(question.id)];
    if (!card) return;
    held.push(questionIndex);
    if (now >= card.at + INTERVAL_DAYS[card.box - 1] * DAY) due.push(questionIndex);
  });
  return { held, due };
}

/** An attempt's questions answered wrongly or not at all, and those flagged. */
export function missedAndFlagged(attempt) {
  return {
    missed: attempt.order.filter((questionIndex) => attempt.answers[questionIndex] !== questions[questionIndex].correct),
    flagged: attempt.order.filter((questionIndex) => attempt.flags[questionIndex])
  };
}
