package io.buildsite.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * A first look at how deeply the HTML of a body nests, in one pass over its tags, before jsoup parses it:
 * for every start tag jsoup searches the elements open around it, so HTML left open a million times over
 * (4 MiB of {@code <div><h2>x}) took a minute to parse before {@link BodyRenderer#MAX_HTML_DEPTH} could
 * be checked on the tree. Elements whose end tag may be left out, and empty ones, are not counted; a
 * heading inside a heading ends it, and a link inside a link, as in a browser. What this counts is never less deep than some real
 * nesting, so the limit it is held to is generous ({@link #MAX_LEVELS}), and the tree is still measured
 * exactly afterwards.
 */
final class HtmlNesting {
    static final int MAX_LEVELS = 4 * BodyRenderer.MAX_HTML_DEPTH;

    private static final Set<String> NOT_COUNTED = Set.of(
            // empty elements
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
            // end tag optional, closed by what follows
            "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup",
            "caption", "rb", "rt", "rp", "html", "head", "body");

    /** Elements that a start tag of their own kind ends, wherever it is written inside them. */
    private static final Set<String> SELF_ENDING = Set.of("a", "button", "form", "nobr");

    private HtmlNesting() {
    }

    /** Whether the tags of {@code html} nest deeper than {@link #MAX_LEVELS}, by the count above. */
    static boolean tooDeep(String html) {
        Deque<String> open = new ArrayDeque<>();
        int length = html.length();
        int nextGreater = -1;
        for (int lt = html.indexOf('<'); lt >= 0 && lt + 1 < length; lt = html.indexOf('<', lt + 1)) {
            boolean closing = html.charAt(lt + 1) == '/';
            int start = closing ? lt + 2 : lt + 1;
            int end = start;
            while (end < length && isNameChar(html.charAt(end))) {
                end++;
            }
            if (end == start || !Character.isLetter(html.charAt(start))) {
                continue;
            }
            String name = html.substring(start, end).toLowerCase(Locale.ROOT);
            if (closing) {
                if (open.contains(name)) {
                    while (!open.pop().equals(name)) {
                        // elements left open inside the one that ends end with it
                    }
                }
            } else if (!NOT_COUNTED.contains(name)) {
                if (nextGreater < end) {
                    // Found once for all the tags before it, so text without any '>' is scanned once.
                    nextGreater = html.indexOf('>', end);
                    if (nextGreater < 0) {
                        return false;
                    }
                }
                if (html.charAt(nextGreater - 1) == '/') {
                    continue; // <path … />: empty
                }
                if (isHeading(name) && !open.isEmpty() && isHeading(open.peek())) {
                    open.pop();
                } else if (SELF_ENDING.contains(name) && open.contains(name)) {
                    while (!open.pop().equals(name)) {
                        // as an end tag would
                    }
                }
                open.push(name);
                if (open.size() > MAX_LEVELS) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }
}
