/* How numbers, times and modes read on the page. */
import { passingScore, translate } from './page.js';

/** A, B, C… for the option shown at that position. */
export function optionLetter(position) {
  return String.fromCharCode(65 + position);
}

function twoDigits(number) {
  return (number < 10 ? '0' : '') + number;
}

/** 12:05 or 1:02:05; time left rounds up (never shows 00:00 before the end), time used down. */
export function formatClock(milliseconds, roundUp) {
  const seconds = Math.max(0, roundUp ? Math.ceil(milliseconds / 1000) : Math.floor(milliseconds / 1000));
  const hours = Math.floor(seconds / 3600);
  return (hours ? hours + ':' : '') + twoDigits(Math.floor(seconds / 60) % 60) + ':' + twoDigits(seconds % 60);
}

/** Floored, so a shown score never looks like a pass when the exact ratio is not one. */
export function percent(correct, total) {
  return total ? Math.floor((correct * 100) / total) : 0;
}

export function passes(correct, total) {
  return total > 0 && correct * 100 >= passingScore * total;
}

export function modeName(mode) {
  return translate(mode === 'exam' ? 'quiz_mode_exam' : 'quiz_mode_practice');
}
