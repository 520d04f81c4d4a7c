package io.buildsite.render;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The nesting a parsed body may have: block quotes, list items, emphasis, strike-through, links and images
 * within each other, at most {@link #MAX_LEVELS} deep. flexmark renders the tree by recursion, and lessons
 * nest a handful of levels. Walked without recursion, before rendering.
 */
final class MarkdownNesting {
    static final int MAX_LEVELS = 100;
    static final String TOO_DEEP = "nesting deeper than " + MAX_LEVELS
            + " levels (block quotes, lists, emphasis, links): flatten it";

    private MarkdownNesting() {
    }

    /** Offset of the first node nested too deeply; -1 if none is. */
    static int firstTooDeep(Document document) {
        int levels = 0;
        Node node = document.getFirstChild();
        while (node != null) {
            if (isLevel(node) && ++levels > MAX_LEVELS) {
                return node.getStartOffset();
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (true) {
                if (isLevel(node)) {
                    levels--;
                }
                if (node.getNext() != null) {
                    node = node.getNext();
                    break;
                }
                node = node.getParent();
                if (node == null || node == document) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static boolean isLevel(Node node) {
        return node instanceof BlockQuote || node instanceof ListItem || node instanceof DelimitedNode
                || node instanceof LinkNodeBase || node instanceof RefNode;
    }
}
