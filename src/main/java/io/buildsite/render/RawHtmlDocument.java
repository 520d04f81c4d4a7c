package io.buildsite.render;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/** A parsed body that holds nothing but raw HTML blocks. */
final class RawHtmlDocument {
    private RawHtmlDocument() {
    }

    /**
     * Most lesson bodies are nothing but HTML blocks, which the renderer would only copy out, line by
     * line and slowly: copy them directly. Null when the document holds any Markdown.
     */
    static String textOrNull(Document document) {
        StringBuilder html = new StringBuilder(document.getChars().length() + 16);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlBlock || node instanceof HtmlCommentBlock) {
                if (node.hasChildren()) {
                    return null;
                }
                html.append(node.getChars()).append('\n');
            } else if (!(node instanceof BlankLine)) {
                return null;
            }
        }
        return html.toString();
    }
}
