package io.buildsite.render;

import io.buildsite.text.Lines;

/**
 * Finds, in one pass over the Markdown, the first line nested deeper than {@link MarkdownNesting#MAX_LEVELS}
 * in block quotes and lists, before the parser builds them: flexmark parses such nesting in time that grows
 * with its square and renders it by recursion (1,000 {@code >} on a line overflowed the stack). A line that
 * opens with quote or list markers is counted generously: its markers, plus one list level for every two
 * columns of indentation before them (a nested list item is indented at least two past its parent's).
 */
final class BlockNesting {
    private BlockNesting() {
    }

    /** Offset of the start of the first line nested too deeply; -1 if none is. */
    static int firstTooDeep(String text) {
        return Lines.firstLine(text, (t, start, end) -> depth(t, start, end) > MarkdownNesting.MAX_LEVELS);
    }

    /** Quote and list markers that open the line, plus half the columns of indentation before the first; 0 without. */
    private static int depth(String text, int start, int end) {
        int i = start;
        int columns = 0;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            columns = text.charAt(i) == '\t' ? columns + 4 - columns % 4 : columns + 1;
            i++;
        }
        int markers = 0;
        int ruleFrom = -2;
        while (i < end) {
            char c = text.charAt(i);
            int next;
            if (c == '>') {
                next = i + 1;
            } else if ((c == '-' || c == '*' || c == '+') && (i + 1 == end || isSpace(text.charAt(i + 1)))) {
                if (ruleFrom == -2) {
                    ruleFrom = ruleStart(text, i, end);
                }
                if (ruleFrom >= 0 && i >= ruleFrom) {
                    break; // the rest of the line is a thematic break, which takes precedence over a list item
                }
                next = i + 1;
            } else if (c >= '0' && c <= '9') {
                next = i;
                while (next < end && next - i < 9 && text.charAt(next) >= '0' && text.charAt(next) <= '9') {
                    next++;
                }
                if (next == end || (text.charAt(next) != '.' && text.charAt(next) != ')')
                        || (next + 1 < end && !isSpace(text.charAt(next + 1)))) {
                    break;
                }
                next++;
            } else {
                break;
            }
            markers++;
            i = next;
            while (i < end && isSpace(text.charAt(i))) {
                i++;
            }
        }
        // Indentation alone nests nothing new: a line within a deep list is as deep as its item's marker line
        // (which is counted), and code or a diagram may be indented far.
        return markers == 0 ? 0 : markers + columns / 2;
    }

    /**
     * Where the thematic break that ends the line starts: the longest tail of one of {@code - * _} and
     * spaces holding at least three of that character, from its first; -1 if the line ends otherwise.
     */
    private static int ruleStart(String text, int from, int end) {
        int i = end - 1;
        while (i >= from && isSpace(text.charAt(i))) {
            i--;
        }
        if (i < from) {
            return -1;
        }
        char rule = text.charAt(i);
        if (rule != '-' && rule != '*' && rule != '_') {
            return -1;
        }
        int count = 0;
        int first = -1;
        for (; i >= from && (text.charAt(i) == rule || isSpace(text.charAt(i))); i--) {
            if (text.charAt(i) == rule) {
                count++;
                first = i;
            }
        }
        return count >= 3 ? first : -1;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
