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
    private static final Pattern PRE = Pattern.compile("(?is)(<pre\\b[^>]*>)(.*?)(</pre\\s*>)");
    private static final Pattern CODE_TAG = Pattern.compile("(?i)^<(/?)code\\b[^>]*>");
    private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(`{3,}|~{3,})");

    private PreBlocks() {
    }

    static String escapeStrayAngles(String source) {
        if (!source.contains("<pre") && !source.contains("<PRE")) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length() + 64);
        int index = 0;
        Matcher pre = PRE.matcher(source);
        while (pre.find(index)) {
            if (insideFence(source, pre.start())) {
                out.append(source, index, pre.end());
                index = pre.end();
                continue;
            }
            out.append(source, index, pre.start()).append(pre.group(1));
            out.append(escapeInner(pre.group(2))).append(pre.group(3));
            index = pre.end();
        }
        return out.append(source, index, source.length()).toString();
    }

    private static String escapeInner(String inner) {
        StringBuilder out = new StringBuilder(inner.length() + 16);
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '<') {
                Matcher tag = CODE_TAG.matcher(inner).region(i, inner.length());
                if (tag.lookingAt()) {
                    out.append(tag.group());
                    i = tag.end() - 1;
                    continue;
                }
                out.append("&lt;");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when an odd number of fences opens before the offset, i.e. it sits in fenced code. */
    private static boolean insideFence(String source, int offset) {
        Matcher fence = FENCE.matcher(source).region(0, offset);
        int count = 0;
        while (fence.find()) {
            count++;
        }
        return count % 2 == 1;
    }
}
