package io.buildsite.render;

import org.jsoup.nodes.Element;

/** Wide tables scroll sideways inside a focusable wrapper instead of breaking the page layout. */
final class Tables {
    private Tables() {
    }

    static void apply(BodyElements body) {
        for (Element table : body.tables()) {
            Element parent = table.parent();
            if (parent != null && parent.hasClass("table-wrap")) {
                continue;
            }
            // Built directly: wrap(html) would run the HTML parser once per table.
            Element wrap = new Element("div").attr("class", "table-wrap").attr("tabindex", "0");
            table.before(wrap);
            wrap.appendChild(table);
        }
    }
}
