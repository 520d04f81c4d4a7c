package io.buildsite.render;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * Checks the {@link RenderDeadline} while flexmark reads blocks, where no inline parsing happens. flexmark
 * tries every kind of block on each line that does not begin with a letter, and the heading kind first
 * joins all the lines of the paragraph so far: a paragraph or table of such lines takes time that grows with
 * the square of its lines (a million lines of {@code [[}: hours). Asked on the same lines, this starts no
 * block of its own.
 */
final class BlockClock implements CustomBlockParserFactory, IndependentParserPart {
    private static final BlockParserFactory CHECK = (state, matched) -> {
        RenderDeadline.check(state.getLine().getStartOffset());
        return BlockStart.none();
    };

    @Override
    public BlockParserFactory apply(DataHolder options) {
        return CHECK;
    }
}
