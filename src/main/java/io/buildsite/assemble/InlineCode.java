package io.buildsite.assemble;

import org.jsoup.nodes.Entities;

/** Quiz text is plain text in which `backticks` mark code: escaped, with those spans as {@code <code>}. */
final class InlineCode {
    private InlineCode() {
    }

    static String toHtml(String text) {
        if (text == null) {
            return "";
        }
        String[] parts = text.split("`", -1);
        StringBuilder html = new StringBuilder(text.length() + 32);
        for (int i = 0; i < parts.length; i++) {
            boolean code = i % 2 == 1 && i < parts.length - 1;
            if (i % 2 == 1 && !code) {
                html.append('`');
            }
            String escaped = Entities.escape(parts[i]);
            html.append(code ? "<code>" + escaped + "</code>" : escaped);
        }
        return html.toString();
    }
}
