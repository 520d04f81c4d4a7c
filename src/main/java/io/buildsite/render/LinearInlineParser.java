package io.buildsite.render;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.block.CharacterNodeFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, made to take time in proportion to the text. Measured on one paragraph of
 * {@code word *em* **strong** [l](https://example.com) `c`} repeated: 100 KB took 12 s and 400 KB 155 s,
 * for two reasons fixed here. Each regex match copied the whole paragraph ({@code Matcher.toMatchResult()}
 * copies its input on Java 17), and each link walked back over every emphasis delimiter of the paragraph
 * looking for ones inside the link when there were none. Other inputs stay slower than linear inside one
 * paragraph, so a paragraph, heading or table row is held to {@link #MAX_CHARS}, and the parser's clock is
 * checked ({@link RenderDeadline}).
 */
final class LinearInlineParser extends InlineParserImpl {
    /** Some 5,000 words in one paragraph; the longest block of the course corpus is under 2,500 characters. */
    static final int MAX_CHARS = 32 * 1024;

    LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                       Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                       List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    @Override
    public void parse(BasedSequence content, Node block) {
        checkSize(content);
        super.parse(content, block);
    }

    /** Table rows are parsed through here, one row at a time. */
    @Override
    public List<Node> parseCustom(BasedSequence content, Node block, BitSet customCharacters,
                                  Map<Character, CharacterNodeFactory> nodeFactoryMap) {
        checkSize(content);
        return super.parseCustom(content, block, customCharacters, nodeFactoryMap);
    }

    /** Reference definitions are read from paragraphs here, before tables and inlines. */
    @Override
    public int preProcessBlock(Paragraph block, ParserState state) {
        RenderDeadline.check(block.getStartOffset());
        return super.preProcessBlock(block, state);
    }

    private static void checkSize(BasedSequence content) {
        checkSize(content.length(), content.getStartOffset());
    }

    /** Throws when a paragraph, heading or table row of {@code length} characters at {@code offset} is too long. */
    static void checkSize(int length, int offset) {
        if (length > MAX_CHARS) {
            throw RenderLimit.at(offset, String.format("paragraph of %,d characters: a paragraph, heading or table row "
                    + "may hold at most %,d; split it with a blank line", length, MAX_CHARS));
        }
        RenderDeadline.check(offset);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = find(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    @Override
    public Matcher matcher(Pattern re) {
        return find(re);
    }

    /** As flexmark's matching, with the match read from the matcher itself rather than from a copy. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        RenderDeadline.check(input.getStartOffset());
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }

    /**
     * With no delimiter above {@code stackBottom} there is nothing to process, but flexmark would first walk
     * from the last delimiter back to the first looking for one.
     */
    @Override
    public void processDelimiters(Delimiter stackBottom) {
        if (lastDelimiter != stackBottom) {
            super.processDelimiters(stackBottom);
        }
    }
}
