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
    private static final Pattern PRE_ONLY = Pattern.compile("(<pre\\b[^>]*>)(.*?)(</pre\\s*>)",
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
        StringBuilder out = new StringBuilder(source.length() + 64);
        Matcher m = FENCE_OR_PRE.matcher(source);
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

    /** Without fences there is nothing to skip: a plain search for each pre block is enough. */
    private static String escapeAllPreBlocks(String source) {
        StringBuilder out = new StringBuilder(source.length() + 64);
        Matcher pre = PRE_ONLY.matcher(source);
        int index = 0;
        while (pre.find()) {
            out.append(source, index, pre.start()).append(pre.group(1));
            escapeInner(pre.group(2), out);
            out.append(pre.group(3));
            index = pre.end();
        }
        return out.append(source, index, source.length()).toString();
    }

    private static void escapeInner(String inner, StringBuilder out) {
        Matcher tag = CODE_TAG.matcher(inner);
        int i = 0;
        while (i < inner.length()) {
            int lt = inner.indexOf('<', i);
            if (lt < 0) {
                out.append(inner, i, inner.length());
                return;
            }
            out.append(inner, i, lt);
            if (tag.region(lt, inner.length()).lookingAt()) {
                out.append(tag.group());
                i = tag.end();
            } else {
                out.append("&lt;");
                i = lt + 1;
            }
        }
    }
}
