package io.buildsite.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Authors write code such as {@code x <= 3} or {@code List<String>} straight into raw
 * {@code <pre>} blocks. An HTML parser would read {@code <String>} as a tag and lose it, so every
 * {@code <} inside a raw {@code <pre>} that does not open or close its {@code <code>} is escaped
 * first, and the code shows as the author meant. Fenced Markdown code is left to flexmark.
 */
final class PreBlocks {
    /** A fence line, or a whole raw pre block; one linear pass over the source finds both. */
    private static final Pattern FENCE_OR_PRE = Pattern.compile(
            "(?m)^ {0,3}(?<fence>`{3,}|~{3,})[^\\n]*$|(?<open><pre\\b[^>]*>)(?<inner>.*?)(?<close></pre\\s*>)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern CODE_TAG = Pattern.compile("(?i)<(/?)code\\b[^>]*>");

    private PreBlocks() {
    }

    static String escapeStrayAngles(String source) {
        if (!source.contains("<pre") && !source.contains("<PRE")) {
            return source;
        }
        if (!source.contains("```") && !source.contains("~~~")) {
            return escapeAllPreBlocks(source);
        }
        // No pre block ends after the last closing tag: searching past it, each unclosed <pre would scan to
        // the end of the body again (100,000 of them took minutes).
        int lastClose = endOfLastClosingPre(source);
        if (lastClose < 0) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length() + 64);
        Matcher m = FENCE_OR_PRE.matcher(source).region(0, lastClose);
        String openFence = null;
        int index = 0;
        while (m.find()) {
            String fence = m.group("fence");
            if (fence != null) {
                if (openFence == null) {
                    openFence = fence;
                } else if (fence.charAt(0) == openFence.charAt(0) && fence.length() >= openFence.length()) {
                    openFence = null;
                }
                continue;
            }
            if (openFence != null) {
                continue;
            }
            out.append(source, index, m.start()).append(m.group("open"));
            escapeInner(m.group("inner"), out);
            out.append(m.group("close"));
            index = m.end();
        }
        return out.append(source, index, source.length()).toString();
    }

    /**
     * Without fences there is nothing to skip: a plain scan for each pre block is enough. Hand-written,
     * as it runs over every body: the same blocks as {@code <pre\b[^>]*>(.*?)</pre\s*>}, ignoring case.
     */
    private static String escapeAllPreBlocks(String source) {
        StringBuilder out = new StringBuilder(source.length() + 64);
        int index = 0;
        while (true) {
            int open = openingPre(source, index);
            int openEnd = open < 0 ? -1 : source.indexOf('>', open + 4);
            int[] close = openEnd < 0 ? null : closingPre(source, openEnd + 1);
            if (close == null) {
                break;
            }
            out.append(source, index, openEnd + 1);
            escapeInner(source.substring(openEnd + 1, close[0]), out);
            out.append(source, close[0], close[1]);
            index = close[1];
        }
        return out.append(source, index, source.length()).toString();
    }

    /** Where the next {@code <pre} tag (not {@code <prefix}) starts, or -1. */
    private static int openingPre(String s, int from) {
        for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i + 1, "pre", 0, 3) && (i + 4 == s.length() || !isWordChar(s.charAt(i + 4)))) {
                return i;
            }
        }
        return -1;
    }

    /** Start and end of the next {@code </pre>} (spaces allowed before its {@code >}), or null. */
    private static int[] closingPre(String s, int from) {
        for (int i = s.indexOf("</", from); i >= 0; i = s.indexOf("</", i + 1)) {
            int end = closingPreEnd(s, i);
            if (end >= 0) {
                return new int[] {i, end};
            }
        }
        return null;
    }

    /** The end of the {@code </pre>} that starts at {@code i} (spaces allowed before its {@code >}), or -1 if none does. */
    private static int closingPreEnd(String s, int i) {
        if (!s.regionMatches(true, i + 2, "pre", 0, 3)) {
            return -1;
        }
        int j = i + 5;
        while (j < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        return j < s.length() && s.charAt(j) == '>' ? j + 1 : -1;
    }

    /** The end of the last {@code </pre>} (spaces allowed before its {@code >}), or -1. */
    private static int endOfLastClosingPre(String s) {
        for (int i = s.lastIndexOf("</"); i >= 0; i = i == 0 ? -1 : s.lastIndexOf("</", i - 1)) {
            int end = closingPreEnd(s, i);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    /** As the regex {@code \\b} sees it. */
    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Escapes every {@code <} of a pre block's content that does not open or close its {@code <code>}. */
    static void escapeInner(String inner, StringBuilder out) {
        Matcher tag = CODE_TAG.matcher(inner);
        // A code tag needs a '>' after it; without this, each '<' past the last one would scan to the end.
        int lastGreater = inner.lastIndexOf('>');
        int i = 0;
        while (i < inner.length()) {
            int lt = inner.indexOf('<', i);
            if (lt < 0) {
                out.append(inner, i, inner.length());
                return;
            }
            out.append(inner, i, lt);
            if (lt < lastGreater && tag.region(lt, inner.length()).lookingAt()) {
                out.append(tag.group());
                i = tag.end();
            } else {
                out.append("&lt;");
                i = lt + 1;
            }
        }
    }
}
