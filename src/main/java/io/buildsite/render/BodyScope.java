package io.buildsite.render;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.SiteConfig;
import io.buildsite.model.Source;

import java.util.Set;

/**
 * What one body's enhancement steps may know: the site, the files it publishes, and where the body
 * came from (to place diagnostics on the right line).
 *
 * @param sourceDir folder of the source file relative to {@code content/}, for relative image paths
 */
record BodyScope(SiteConfig config, Set<String> staticPaths, Source source, String sourceDir, String rawBody,
                 Diagnostics diagnostics) {

    /** File line of the first place the body mentions {@code needle}; the body's first line if none. */
    int lineOf(String needle) {
        int at = needle == null || needle.isEmpty() ? -1 : rawBody.indexOf(needle);
        if (at < 0) {
            return source.bodyLine();
        }
        int line = source.bodyLine();
        for (int i = 0; i < at; i++) {
            if (rawBody.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    void warning(String needle, String message) {
        diagnostics.warning(source.path(), lineOf(needle), 1, message);
    }
}
