package io.buildsite.render;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Footnotes numbered in the order the text first refers to them. flexmark's footnote extension orders
 * them by the offset it keeps of a reference, and each reference overwrites it, so a note referred to
 * again came after the notes referred to in between. This sets it back to the first reference's.
 * Its factory is a class of its own, as {@link GuardedAutolinks}' is: flexmark keeps one factory per class.
 */
final class FootnoteOrder implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.postProcessorFactory(new Factory());
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Footnote.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new FirstReferences();
        }
    }

    /** Sees the references in the text's order. */
    private static final class FirstReferences extends NodePostProcessor {
        private final Set<FootnoteBlock> seen = Collections.newSetFromMap(new IdentityHashMap<>());

        @Override
        public void process(NodeTracker state, Node node) {
            FootnoteBlock note = ((Footnote) node).getFootnoteBlock();
            if (note != null && seen.add(note)) {
                note.setFirstReferenceOffset(node.getStartOffset());
            }
        }
    }
}
