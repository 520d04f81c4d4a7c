package io.buildsite.render;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.Set;

/** Writes a mark in place of each top-level raw HTML block without children; others render as usual. */
final class RawBlockMarks implements NodeRenderer {
    static final String MARK = "\0raw-html-block:";

    static boolean copied(Node node) {
        return (node instanceof HtmlBlock || node instanceof HtmlCommentBlock) && !node.hasChildren()
                && node.getParent() instanceof Document;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(HtmlBlock.class, RawBlockMarks::render),
                new NodeRenderingHandler<>(HtmlCommentBlock.class, RawBlockMarks::render));
    }

    private static void render(Node node, NodeRendererContext context, HtmlWriter html) {
        if (copied(node)) {
            html.line();
            html.raw(MARK + node.getStartOffset());
            html.line();
        } else {
            context.delegateRender();
        }
    }
}
