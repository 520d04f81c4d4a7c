package io.buildsite.write;

import io.buildsite.diagnostics.Diagnostics;
import io.pebbletemplates.pebble.error.PebbleException;

/** A template that does not compile or render is the site author's problem: a diagnostic, not a crash. */
public final class TemplateProblem {
    private TemplateProblem() {
    }

    /** Reports the exception at its template and line, as the site's own file when it has one. */
    public static void report(PebbleException e, Diagnostics diagnostics) {
        String file = e.getFileName() == null ? "templates" : "templates/" + e.getFileName().replaceFirst("^theme/", "");
        Integer line = e.getLineNumber();
        diagnostics.error(file, line == null ? 1 : line, 1, "template error: " + e.getPebbleMessage());
    }
}
