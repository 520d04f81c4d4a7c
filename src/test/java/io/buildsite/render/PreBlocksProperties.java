package io.buildsite.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written scan for raw pre blocks escapes exactly what the pattern it replaces would. */
class PreBlocksProperties {
    private static final Pattern PRE = Pattern.compile("(<pre\\b[^>]*>)(.*?)(</pre\\s*>)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern CODE_TAG = Pattern.compile("(?i)<(/?)code\\b[^>]*>");

    private static final List<String> PIECES = List.of("<pre>", "<PRE class=\"x\">", "<pre\n>", "</pre>", "</PRE >",
            "</pre\n>", "</pre", "<prefix>", "<pre_x>", "<preé>", "<code>", "<code class=\"language-java\">", "</code>",
            "x < y", "List<String>", "a <= b", "\n", "text", "<pre", ">", "<", "</", "<p>", "</p>", " ", "đăng");

    @Provide
    Arbitrary<String> sources() {
        return Arbitraries.of(PIECES).list().ofMaxSize(16).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 3000)
    void escapesAsTheRegexDid(@ForAll("sources") String source) {
        assertThat(PreBlocks.escapeStrayAngles(source)).isEqualTo(byRegex(source));
    }

    /** The former implementation, kept here as the reference. */
    private static String byRegex(String source) {
        if (!source.contains("<pre") && !source.contains("<PRE")) {
            return source;
        }
        StringBuilder out = new StringBuilder();
        Matcher pre = PRE.matcher(source);
        int index = 0;
        while (pre.find()) {
            out.append(source, index, pre.start()).append(pre.group(1));
            String inner = pre.group(2);
            Matcher tag = CODE_TAG.matcher(inner);
            int i = 0;
            while (i < inner.length()) {
                int lt = inner.indexOf('<', i);
                if (lt < 0) {
                    out.append(inner, i, inner.length());
                    break;
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
            out.append(pre.group(3));
            index = pre.end();
        }
        return out.append(source, index, source.length()).toString();
    }
}
