package io.buildsite.render;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * GFM task list items ({@code - [ ]}, {@code - [x]}) show a read-only checkbox named by the item's own
 * text, through a label around them both. The cleaner lets only disabled inputs through; any input that
 * does not open a list item (or its first paragraph) is dropped here.
 */
final class TaskLists {
    private TaskLists() {
    }

    static void apply(BodyElements body) {
        for (Element input : body.inputs()) {
            Element holder = input.parent();
            Element item = holder != null && holder.nameIs("p") ? holder.parent() : holder;
            if (!input.attr("type").equals("checkbox") || item == null || !item.nameIs("li")
                    || (holder != item && item.firstElementChild() != holder) || !opens(holder, input)) {
                input.remove();
                continue;
            }
            item.addClass("task-list-item");
            if (item.parent() != null) {
                item.parent().addClass("contains-task-list");
            }
            Element label = new Element("label");
            input.before(label);
            for (Node next = label.nextSibling(); next != null && !(next instanceof Element e && e.isBlock()); ) {
                Node after = next.nextSibling();
                label.appendChild(next);
                next = after;
            }
            if (holder != item) {
                dropEmptyLastParagraph(item);
            }
        }
    }

    /**
     * flexmark writes a loose task item's blocks inside its first paragraph; parsed, the paragraph's end tag
     * is left over as an empty paragraph at the item's end.
     */
    private static void dropEmptyLastParagraph(Element item) {
        Element last = item.lastElementChild();
        if (last != null && last.nameIs("p") && last.childNodeSize() == 0) {
            last.remove();
        }
    }

    /** Whether nothing but white space comes before {@code input} in {@code holder}. */
    private static boolean opens(Element holder, Element input) {
        for (Node node = holder.firstChild(); node != input; node = node.nextSibling()) {
            if (!(node instanceof TextNode text) || !text.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
