package io.buildsite.render;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.block.BlockPreProcessor;
import com.vladsch.flexmark.parser.block.BlockPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Set;

/**
 * Holds each paragraph to {@link LinearInlineParser#MAX_CHARS} once the blocks are read (tables are tables
 * by then, measured row by row), before flexmark joins a paragraph's lines for its inlines: it joins the lines
 * of a paragraph inside a quote or list in time that grows with their square (80,000 lines of {@code > text}:
 * 4 s; half a million: minutes).
 */
final class ParagraphSizes implements BlockPreProcessorFactory, IndependentParserPart {
    private static final BlockPreProcessor CHECK = (state, block) -> {
        int length = 0;
        for (BasedSequence line : block.getContentLines()) {
            length += line.length();
        }
        LinearInlineParser.checkSize(length, block.getStartOffset());
    };

    @Override
    public Set<Class<? extends Block>> getBlockTypes() {
        return Set.of(Paragraph.class);
    }

    @Override
    public BlockPreProcessor apply(ParserState state) {
        return CHECK;
    }
}
