package io.buildsite.write;

import io.buildsite.assemble.SitePlan;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The write stage: templates to files. Pages are rendered and written on all cores into a staging
 * folder that replaces the output only once everything is written.
 */
public final class WriteStage {
    private WriteStage() {
    }

    /** Writes the site and returns how many files it holds. */
    public static int write(SitePlan plan, Theme theme, Path output) throws IOException {
        SiteWriter writer = new SiteWriter(theme, plan.config());
        OutputFolder folder = OutputFolder.open(output);
        try {
            int files = writer.writeAll(plan, folder);
            folder.commit();
            return files;
        } catch (IOException | RuntimeException | Error e) {
            folder.abandon();
            throw e;
        }
    }
}
