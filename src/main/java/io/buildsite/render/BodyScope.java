package io.buildsite.render;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.SiteConfig;
import io.buildsite.model.Source;

import java.util.Arrays;

/**
 * What one body's enhancement steps may know: the site, the files it publishes (with its images' sizes), and where the body
 * came from (to place diagnostics on the right line).
 *
 * @param sourceDir folder of the source file relative to {@code content/}, for relative image paths
 */
record BodyScope(SiteConfig config, PublishedFiles published, Source source, String sourceDir, String rawBody,
                 Diagnostics diagnostics, LineStarts lineStarts, LinkPositions linkPositions) {

    BodyScope(SiteConfig config, PublishedFiles published, Source source, String sourceDir, String rawBody,
              Diagnostics diagnostics) {
        this(config, published, source, sourceDir, rawBody, diagnostics, new LineStarts(rawBody),
                new LinkPositions(rawBody));
    }

    /** Where each line of a text starts, found on first use, to turn offsets into lines quickly. */
    static final class LineStarts {
        private final String text;
        private int[] starts;

        LineStarts(String text) {
            this.text = text;
        }

        /** 0-based line of the character at {@code offset}. */
        int lineIndex(int offset) {
            if (starts == null) {
                int[] found = new int[64];
                int count = 0;
                for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i;
                }
                starts = Arrays.copyOf(found, count);
            }
            int at = Arrays.binarySearch(starts, offset);
            return at >= 0 ? at : -at - 1;
        }
    }

    /** File line of the first place the body mentions {@code needle}; the body's first line if none. */
    int lineOf(String needle) {
        int at = needle == null || needle.isEmpty() ? -1 : rawBody.indexOf(needle);
        return at < 0 ? source.bodyLine() : source.bodyLine() + lineStarts.lineIndex(at);
    }

    /** File line of the next link to {@code href} ({@link LinkPositions}); the body's first line if it is nowhere. */
    int linkLine(String href) {
        int at = linkPositions.offsetOf(href);
        return at < 0 ? source.bodyLine() : source.bodyLine() + lineStarts.lineIndex(at);
    }

    void warning(String needle, String message) {
        diagnostics.warning(source.path(), lineOf(needle), 1, message);
    }
}
