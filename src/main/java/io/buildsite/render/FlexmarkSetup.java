package io.buildsite.render;

import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.LineAppendable;

import java.util.List;

/**
 * flexmark as lesson bodies need it: CommonMark plus GFM tables, strikethrough, task lists, guarded
 * autolinks, footnotes, definition lists and {@code ---} as an em dash,
 * with linear inline parsing and block clocks. Immutable once built, so one serves every thread.
 *
 * @param marking renders each top-level raw HTML block as a {@link RawBlockMarks} mark, to copy in later
 * @param plain   renders raw HTML blocks as they are
 */
record FlexmarkSetup(Parser parser, HtmlRenderer marking, HtmlRenderer plain) {

    static FlexmarkSetup create() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), StrikethroughExtension.create(), new GuardedAutolinks(),
                TypographicExtension.create(), TaskListExtension.create(), FootnoteExtension.create(),
                new FootnoteOrder(), DefinitionExtension.create()));
        // Quotes stay as the author typed them; of the rest, EmDashOnly keeps only "---" as a dash.
        options.set(TypographicExtension.ENABLE_QUOTES, false);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // The cleaner and TaskLists finish the checkbox (read-only, labelled); flexmark's own is longer.
        options.set(TaskListExtension.ITEM_DONE_MARKER, "<input type=\"checkbox\" checked> ");
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER, "<input type=\"checkbox\"> ");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // Bodies are mostly large raw HTML blocks; flexmark's line-by-line output formatting cost more
        // than parsing them, and jsoup re-serializes the result anyway.
        options.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        options.set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "language-text");
        Parser parser = Parser.builder(options).customInlineParserFactory(LinearInlineParser::new)
                .customBlockParserFactory(new BlockClock()).blockPreProcessorFactory(new ParagraphSizes()).build();
        return new FlexmarkSetup(parser,
                HtmlRenderer.builder(options).nodeRendererFactory(options1 -> new RawBlockMarks())
                        .nodeRendererFactory(options1 -> new EmDashOnly()).build(),
                HtmlRenderer.builder(options).nodeRendererFactory(options1 -> new EmDashOnly()).build());
    }
}
