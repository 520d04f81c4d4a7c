package io.buildsite.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's autolink extension (bare {@code https://…}, {@code www.…} and mail addresses become links),
 * kept from its two costs that grow with the square of a text: it walks up every text node's ancestors
 * (emphasis nested 10,000 deep), and it looks for a bare {@code scheme://} by trying every word start of a
 * run of letters, digits, {@code .+-} to the run's end ({@code a.a.a…}: 64 KB took 40 s). A text that
 * cannot hold an address is left alone, which is what the extension would end up doing; one that can is
 * searched only when its runs are at most {@link #MAX_RUN} long.
 */
final class GuardedAutolinks implements Parser.ParserExtension {
    /** Far past any real address part or word; at this length the search costs a few milliseconds a paragraph. */
    static final int MAX_RUN = 1000;

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
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new Processor(document);
        }
    }

    private static final class Processor extends AutolinkNodePostProcessor {
        Processor(Document document) {
            super(document);
        }

        @Override
        public void process(NodeTracker state, Node node) {
            BasedSequence text = node.getChars();
            if (!mayHoldAddress(text)) {
                return;
            }
            int run = longestSchemeRun(text);
            if (run > MAX_RUN) {
                throw RenderLimit.at(node.getStartOffset(), String.format("run of %,d letters, digits, '.', '+' and '-' "
                        + "in text with a web or mail address: at most %,d are searched for links; break it with a space",
                        run, MAX_RUN));
            }
            RenderDeadline.check(node.getStartOffset());
            super.process(state, node);
        }
    }

    /**
     * Whether the extension could find a link here: a URL needs {@code :}, a mail address {@code @}, a web
     * address {@code www}; an entity or escape could stand for either.
     */
    static boolean mayHoldAddress(CharSequence text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@' || c == '&' || c == '\\') {
                return true;
            }
            w = c == 'w' || c == 'W' ? w + 1 : 0;
            if (w == 3) {
                return true;
            }
        }
        return false;
    }

    /** The longest run of the characters a URL scheme is made of, where the search for a bare scheme backtracks. */
    static int longestSchemeRun(CharSequence text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '+' || c == '-' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
