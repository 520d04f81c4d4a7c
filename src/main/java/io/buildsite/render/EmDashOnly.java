package io.buildsite.render;

import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

import java.util.Set;

/**
 * Of flexmark's typographic replacements, keeps only {@code ---} as an em dash: {@code --} is as often a
 * command-line option written without backticks, and {@code ...} an elided command, so they stay as
 * written. (The extension's own options for them are not read by its parser.)
 */
final class EmDashOnly implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TypographicSmarts.class, EmDashOnly::render));
    }

    private static void render(TypographicSmarts node, NodeRendererContext context, HtmlWriter html) {
        if (node.getChars().toString().equals("---")) {
            html.raw(node.getTypographicText());
        } else {
            html.text(node.getChars());
        }
    }
}
