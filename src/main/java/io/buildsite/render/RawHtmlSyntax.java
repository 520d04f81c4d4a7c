package io.buildsite.render;

import java.util.Locale;

/**
 * Raw HTML in a Markdown body, read in place as CommonMark reads it: tag names, whole tags and comments.
 * The scans that must step over HTML share this grammar and read the body where it lies, copying nothing.
 */
final class RawHtmlSyntax {
    private RawHtmlSyntax() {
    }

    /** The lower-case ASCII tag name starting at {@code from}, ended by a space, {@code >} or {@code /}. */
    static String tagName(String s, int from, int end) {
        int i = from;
        while (i < end && isAsciiLetterOrDigit(s.charAt(i))) {
            i++;
        }
        if (i == from || !isAsciiLetter(s.charAt(from))) {
            return "";
        }
        if (i < end && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '>' && s.charAt(i) != '/') {
            return "";
        }
        return s.substring(from, i).toLowerCase(Locale.ROOT);
    }

    /** The end of the open or closing tag at {@code i}, by CommonMark's grammar for raw HTML, or -1. */
    static int tagEnd(String s, int i) {
        int length = s.length();
        int j = i + 1;
        boolean closing = j < length && s.charAt(j) == '/';
        if (closing) {
            j++;
        }
        if (j >= length || !isAsciiLetter(s.charAt(j))) {
            return -1;
        }
        while (j < length && (isAsciiLetterOrDigit(s.charAt(j)) || s.charAt(j) == '-')) {
            j++;
        }
        while (true) {
            int k = skipWhitespace(s, j);
            if (k >= length) {
                return -1;
            }
            char c = s.charAt(k);
            if (c == '>') {
                return k + 1;
            }
            if (!closing && c == '/' && k + 1 < length && s.charAt(k + 1) == '>') {
                return k + 2;
            }
            if (closing || k == j || !(isAsciiLetter(c) || c == '_' || c == ':')) {
                return -1;
            }
            j = k + 1;
            while (j < length && (isAsciiLetterOrDigit(s.charAt(j)) || "_.:-".indexOf(s.charAt(j)) >= 0)) {
                j++;
            }
            k = skipWhitespace(s, j);
            if (k < length && s.charAt(k) == '=') {
                j = attributeValueEnd(s, skipWhitespace(s, k + 1));
                if (j < 0) {
                    return -1;
                }
            }
        }
    }

    /** The end of the comment opening at {@code i}, or -1 when it never closes. */
    static int commentEnd(String s, int i) {
        int end = s.indexOf("-->", i + 4);
        return end < 0 ? -1 : end + 3;
    }

    /** Where {@code marker} (starting with a character that has no case) starts in {@code s[from, to)}, or -1. */
    static int indexOfIgnoreCase(String s, String marker, int from, int to) {
        char first = marker.charAt(0);
        for (int i = s.indexOf(first, from); i >= 0 && i + marker.length() <= to; i = s.indexOf(first, i + 1)) {
            if (s.regionMatches(true, i, marker, 0, marker.length())) {
                return i;
            }
        }
        return -1;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int attributeValueEnd(String s, int k) {
        if (k >= s.length()) {
            return -1;
        }
        char q = s.charAt(k);
        if (q == '"' || q == '\'') {
            int close = s.indexOf(q, k + 1);
            return close < 0 ? -1 : close + 1;
        }
        int v = k;
        while (v < s.length() && !Character.isWhitespace(s.charAt(v)) && "\"'=<>`".indexOf(s.charAt(v)) < 0) {
            v++;
        }
        return v == k ? -1 : v;
    }

    private static int skipWhitespace(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
