package io.buildsite.testing;

import java.nio.file.Path;

/** The sample site at the top of this repository. */
public final class ProjectSite {
    private ProjectSite() {
    }

    public static Path root() {
        return Path.of("").toAbsolutePath();
    }
}
