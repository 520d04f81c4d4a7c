package io.buildsite.cli;

import io.buildsite.build.SiteBuild;
import picocli.CommandLine.Option;

/** {@code --drafts}, for the commands that otherwise leave drafts out: {@code build} and {@code check}. */
final class DraftsOption {
    @Option(names = "--drafts", description = "Include lessons, posts and courses marked draft: true, each page "
            + "marked as a draft (serve always shows them).")
    boolean drafts;

    /** The site as the option asks: with its drafts, or without them. */
    SiteBuild applyTo(SiteBuild build) {
        return drafts ? build.withDrafts() : build;
    }
}
