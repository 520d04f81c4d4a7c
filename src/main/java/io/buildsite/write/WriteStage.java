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

    /**
     * Writes the site and returns how many files it holds. Whatever fails on the way, the unfinished
     * folder is removed and the previous output stays as it was.
     *
     * @param writer a writer of {@code plan}'s theme and settings that found no collision in it
     *               ({@link SiteWriter#reportCollisions})
     */
    public static int write(SitePlan plan, SiteWriter writer, Path output) throws IOException {
        return write(plan, writer, output, OutputDisk.LOCAL);
    }

    /** As {@link #write(SitePlan, SiteWriter, Path)}, on {@code disk}. */
    public static int write(SitePlan plan, SiteWriter writer, Path output, OutputDisk disk) throws IOException {
        OutputFolder folder = OutputFolder.open(output, disk);
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
