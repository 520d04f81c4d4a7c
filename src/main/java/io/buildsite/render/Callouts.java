package io.buildsite.render;

import io.buildsite.text.Slugify;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.List;

/**
 * Blockquotes that open with a bold label such as "Exam tip:" or "Lưu ý:" become callouts, styled by
 * the theme. The label decides the kind; other blockquotes stay quotes, and {@link Alerts} are left as they are.
 */
final class Callouts {
    private static final List<String[]> KINDS = List.of(
            new String[] {"tip", "exam tip", "meo thi", "meo", "tip", "goi y"},
            new String[] {"warning", "canh bao", "warning", "caution", "chu y"},
            new String[] {"note", "luu y", "note", "important", "quan trong", "ghi chu"});
    /** Parsed once: a query given as text is parsed again on every call. */
    private static final Evaluator BOLD = QueryParser.parse("strong, b");

    private Callouts() {
    }

    static void apply(BodyElements body) {
        for (Element quote : body.quotes()) {
            if (quote.hasClass("callout")) {
                continue;
            }
            Element first = quote.selectFirst(BOLD);
            if (first == null || !quote.text().startsWith(first.text())) {
                continue;
            }
            String label = Slugify.fold(first.text()).replaceAll("[^a-z ]", "").strip();
            for (String[] kind : KINDS) {
                for (int i = 1; i < kind.length; i++) {
                    if (label.startsWith(kind[i])) {
                        quote.addClass("callout").addClass("callout-" + kind[0]);
                        first.addClass("callout-label");
                        break;
                    }
                }
                if (quote.hasClass("callout")) {
                    break;
                }
            }
        }
    }
}
