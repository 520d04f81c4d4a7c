package io.buildsite.render;

import org.jsoup.nodes.Element;

/** Wide tables scroll sideways inside a focusable wrapper instead of breaking the page layout. */
final class Tables {
    private Tables() {
    }

    static void apply(Element body) {
        for (Element table : body.select("table")) {
            Element parent = table.parent();
            if (parent != null && parent.hasClass("table-wrap")) {
                continue;
            }
            table.wrap("<div class=\"table-wrap\" tabindex=\"0\"></div>");
        }
    }
}
