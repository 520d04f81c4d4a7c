package io.buildsite.render;

import com.vladsch.flexmark.util.sequence.Escaping;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a body writes each of its links, to report a broken one at its own line. A link's address is
 * known only as the parsed page has it, with entities and escapes decoded ({@code #a&amp;b} is
 * {@code #a&b}), so the addresses the body writes (in {@code href} attributes, Markdown links and
 * reference definitions) are decoded the same way, once, and looked up. Links come in the order they are
 * written, so the same address twice is found at its second place the second time.
 */
final class LinkPositions {
    // Bounded, so that an unclosed quote costs one short scan, not one to the end of the body per attempt.
    private static final Pattern HREF = Pattern.compile(
            "(?i)\\bhref\\s{0,64}=\\s{0,64}(?:\"([^\"\\n]{0,2048})\"|'([^'\\n]{0,2048})'|([^\\s\"'=<>`]{1,2048}))");
    private static final Pattern MARKDOWN = Pattern.compile("\\]\\([ \\t]{0,64}(?:<([^>\\n]{0,2048})>|([^\\s)]{1,2048}))"
            + "|(?m)^ {0,3}\\[[^\\]\\n]{1,999}\\]:[ \\t]{0,64}(?:<([^>\\n]{0,2048})>|(\\S{1,2048}))");

    private final String body;
    private Map<String, List<Integer>> written;
    private int next;

    LinkPositions(String body) {
        this.body = body;
    }

    /** Offset in the body of the link to {@code href} that comes next; -1 if the body does not write it. */
    int offsetOf(String href) {
        if (written == null) {
            written = index(body);
        }
        List<Integer> offsets = written.get(href);
        if (offsets == null) {
            return href.isEmpty() ? -1 : body.indexOf(href);
        }
        int at = Collections.binarySearch(offsets, next);
        at = at >= 0 ? at : -at - 1;
        if (at == offsets.size()) {
            return offsets.get(0);
        }
        next = offsets.get(at) + 1;
        return offsets.get(at);
    }

    private static Map<String, List<Integer>> index(String body) {
        Map<String, List<Integer>> written = new HashMap<>();
        Matcher href = HREF.matcher(body);
        while (href.find()) {
            int group = href.start(1) >= 0 ? 1 : href.start(2) >= 0 ? 2 : 3;
            add(written, Parser.unescapeEntities(href.group(group), true).strip(), href.start(group));
        }
        Matcher markdown = MARKDOWN.matcher(body);
        while (markdown.find()) {
            int group = 1;
            while (markdown.start(group) < 0) {
                group++;
            }
            add(written, Escaping.unescapeString(markdown.group(group)).strip(), markdown.start(group));
        }
        written.values().forEach(offsets -> offsets.sort(null));
        return written;
    }

    private static void add(Map<String, List<Integer>> written, String address, int offset) {
        written.computeIfAbsent(address, a -> new ArrayList<>(1)).add(offset);
    }
}
