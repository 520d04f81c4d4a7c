package io.buildsite.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * A body's lines as Markdown blocks them, for the math scan, which must not look inside code: which lines
 * are code (fenced or indented, as CommonMark finds them) or blank, where a paragraph ends, and where the
 * code span opened by a backtick run ends. The lines are marked in one pass when it is made.
 */
final class CodeLines {
    private static final Set<String> RAW_BLOCKS = Set.of("pre", "script", "style", "textarea");

    private final String s;
    private final int[] lineStarts;
    private final boolean[] blank;
    private final boolean[] code;
    private int paragraphLastLine = -1;
    private int paragraphEnd;

    // Where the marking pass stands: open list items, the block before, and the raw block or fence it is in.
    private final Deque<Integer> listContent = new ArrayDeque<>();
    private boolean afterBlank = true;
    private boolean afterCode;
    private boolean inHtmlBlock;
    private String rawEnd;
    private char fence;
    private int fenceLength;

    CodeLines(String source) {
        s = source;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        blank = new boolean[lineStarts.length];
        code = new boolean[lineStarts.length];
        for (int line = 0; line < lineStarts.length; line++) {
            mark(line);
        }
    }

    /** The line holding {@code offset}, found going on from {@code line}, which comes at or before it. */
    int lineFrom(int line, int offset) {
        int at = line;
        while (at + 1 < lineStarts.length && lineStarts[at + 1] <= offset) {
            at++;
        }
        return at;
    }

    boolean isCode(int line) {
        return code[line];
    }

    int lineEnd(int line) {
        return line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : s.length();
    }

    /** The end of the paragraph holding {@code line}: before its next blank or code line. */
    int paragraphEnd(int line) {
        if (line > paragraphLastLine) {
            int last = line;
            while (last + 1 < lineStarts.length && !blank[last + 1] && !code[last + 1]) {
                last++;
            }
            paragraphLastLine = last;
            paragraphEnd = lineEnd(last);
        }
        return paragraphEnd;
    }

    /** After the backtick run at {@code i}: past the code span it opens, or past the run if it closes none. */
    int afterBackticks(int i, int line) {
        int run = runLength(i, s.length(), '`');
        int limit = paragraphEnd(line);
        for (int j = s.indexOf('`', i + run); j >= 0 && j < limit; j = s.indexOf('`', j)) {
            int closing = runLength(j, s.length(), '`');
            if (closing == run) {
                return j + run;
            }
            j += closing;
        }
        return i + run;
    }

    /**
     * Follows list items so that their indented paragraphs are not taken for code, and raw {@code <pre>}-like
     * blocks and block-level HTML, as fences and indentation mean nothing inside them.
     */
    private void mark(int line) {
        int start = lineStarts[line];
        int end = lineEnd(line);
        int first = start;
        int column = 0;
        while (first < end && (s.charAt(first) == ' ' || s.charAt(first) == '\t')) {
            column = s.charAt(first) == '\t' ? (column / 4 + 1) * 4 : column + 1;
            first++;
        }
        blank[line] = first == end || (first == end - 1 && s.charAt(first) == '\r');
        if (rawEnd != null) {
            if (RawHtmlSyntax.indexOfIgnoreCase(s, rawEnd, start, end) >= 0) {
                rawEnd = null;
            }
        } else if (fence != 0) {
            code[line] = true;
            int run = runLength(first, end, fence);
            if (run >= fenceLength && isBlank(first + run, end)) {
                fence = 0;
            }
        } else if (blank[line]) {
            afterBlank = true;
            inHtmlBlock = false;
        } else {
            markContent(line, first, end, column);
        }
    }

    /** A line with content, outside raw blocks and fences: indented code, or the start of a block. */
    private void markContent(int line, int first, int end, int column) {
        if (afterBlank) {
            closeListsDeeperThan(column);
        }
        int indent = column - (listContent.isEmpty() ? 0 : listContent.peek());
        if (indent >= 4 && !inHtmlBlock && (afterBlank || afterCode)) {
            code[line] = true;
            afterCode = true;
            afterBlank = false;
            return;
        }
        afterCode = false;
        afterBlank = false;
        if (indent < 4 && !inHtmlBlock) {
            markBlockStart(line, first, end, column);
        }
    }

    private void markBlockStart(int line, int first, int end, int column) {
        char c = s.charAt(first);
        int run = c == '`' || c == '~' ? runLength(first, end, c) : 0;
        if (run >= 3 && (c == '~' || s.lastIndexOf('`', end - 1) < first + run)) {
            code[line] = true;
            fence = c;
            fenceLength = run;
        } else if (s.startsWith("<!--", first)) {
            rawEnd = RawHtmlSyntax.indexOfIgnoreCase(s, "-->", first + 4, end) < 0 ? "-->" : null;
        } else if (c == '<' && RAW_BLOCKS.contains(RawHtmlSyntax.tagName(s, first + 1, end))) {
            String closing = "</" + RawHtmlSyntax.tagName(s, first + 1, end);
            rawEnd = RawHtmlSyntax.indexOfIgnoreCase(s, closing, first, end) < 0 ? closing : null;
        } else if (c == '<' && RawHtmlBlocks.isBlockTag(
                RawHtmlSyntax.tagName(s, s.startsWith("</", first) ? first + 2 : first + 1, end))) {
            inHtmlBlock = true;
        } else {
            int content = listItemContent(first, end);
            if (content >= 0) {
                closeListsDeeperThan(column);
                listContent.push(column + content - first);
            }
        }
    }

    /** Closes the list items whose content starts right of {@code column}. */
    private void closeListsDeeperThan(int column) {
        while (!listContent.isEmpty() && column < listContent.peek()) {
            listContent.pop();
        }
    }

    /** Where a list item's content starts (relative to the line), or -1 if the line opens none. */
    private int listItemContent(int first, int end) {
        int i = first;
        char c = s.charAt(i);
        if (c == '-' || c == '+' || c == '*') {
            i++;
        } else {
            while (i < end && i - first < 9 && RawHtmlSyntax.isAsciiDigit(s.charAt(i))) {
                i++;
            }
            if (i == first || i >= end || (s.charAt(i) != '.' && s.charAt(i) != ')')) {
                return -1;
            }
            i++;
        }
        if (i == end) {
            return i + 1;
        }
        if (s.charAt(i) != ' ' && s.charAt(i) != '\t') {
            return -1;
        }
        int spaces = 0;
        while (i + spaces < end && s.charAt(i + spaces) == ' ') {
            spaces++;
        }
        return spaces >= 1 && spaces <= 4 && i + spaces < end ? i + spaces : i + 1;
    }

    private int runLength(int from, int end, char c) {
        int i = from;
        while (i < end && s.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
