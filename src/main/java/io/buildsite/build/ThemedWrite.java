package io.buildsite.build;

import io.buildsite.assemble.SitePlan;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.write.SiteWriter;
import io.buildsite.write.TemplateProblem;
import io.pebbletemplates.pebble.error.PebbleException;

import java.io.IOException;

/**
 * How a write through the theme went. A file that would replace another stops it before anything is
 * written; a template that does not compile or render stops it as one diagnostic at the template's line.
 */
enum ThemedWrite {
    WRITTEN, COLLISION, BROKEN_TEMPLATE;

    interface Writer {
        SiteWriter get() throws IOException;
    }

    interface Action {
        void write(SiteWriter writer) throws IOException;
    }

    /** Takes a writer from {@code writer} and runs {@code action} with it, unless {@code plan} has a collision. */
    static ThemedWrite run(Writer writer, SitePlan plan, Diagnostics diagnostics, Action action) throws IOException {
        try {
            SiteWriter themed = writer.get();
            if (themed.reportCollisions(plan, diagnostics)) {
                return COLLISION;
            }
            action.write(themed);
            return WRITTEN;
        } catch (PebbleException e) {
            TemplateProblem.report(e, diagnostics);
            return BROKEN_TEMPLATE;
        }
    }
}
