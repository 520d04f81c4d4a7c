package io.buildsite.write;

import io.buildsite.assemble.SitePlan;
import io.buildsite.diagnostics.Diagnostic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The write stage: templates to files. Pages are rendered and written on all cores into a staging
 * folder that replaces the output only once everything is written.
 */
public final class WriteStage {
    private WriteStage() {
    }

    /**
     * Writes the site and returns how many files it holds. Whatever fails on the way, the unfinished
     * folder is removed and the previous output stays as it was.
     *
     * @param writer      a writer of {@code plan}'s theme and settings that found no collision in it
     *                    ({@link SiteWriter#reportCollisions})
     * @param inputs      the fingerprint of what the plan was built from, recorded so an unchanged site
     *                    is not built again; null when the next build must not be skipped
     * @param diagnostics what the build reported, to be repeated when the next one is skipped
     */
    public static int write(SitePlan plan, SiteWriter writer, Path output, String inputs,
                            List<Diagnostic> diagnostics) throws IOException {
        OutputFolder folder = OutputFolder.open(output);
        try {
            int files = writer.writeAll(plan, folder);
            folder.commit(inputs, diagnostics);
            return files;
        } catch (IOException | RuntimeException | Error e) {
            folder.abandon();
            throw e;
        }
    }
}
