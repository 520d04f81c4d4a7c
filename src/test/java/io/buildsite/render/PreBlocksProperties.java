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

/** The hand-written scan finds exactly the raw pre blocks the pattern it replaces found. */
class PreBlocksProperties {
    private static final Pattern PRE = Pattern.compile("(<pre\\b[^>]*>)(.*?)(</pre\\s*>)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

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

    /** The former block search (a pattern), kept here as the reference; the content escaping is shared. */
    private static String byRegex(String source) {
        if (!source.contains("<pre") && !source.contains("<PRE")) {
            return source;
        }
        StringBuilder out = new StringBuilder();
        Matcher pre = PRE.matcher(source);
        int index = 0;
        while (pre.find()) {
            out.append(source, index, pre.start()).append(pre.group(1));
            PreBlocks.escapeInner(pre.group(2), out);
            out.append(pre.group(3));
            index = pre.end();
        }
        return out.append(source, index, source.length()).toString();
    }
}
