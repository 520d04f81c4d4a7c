package io.buildsite.cli;

import io.buildsite.build.SiteBuild;
import io.buildsite.build.StageListener;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The options every command that reads a site shares. */
final class SiteOptions {
    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "Site root holding content/, and optionally data/, templates/, static/, site.yaml "
                    + "(default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "URL the site is published at, e.g. https://example.github.io/repo/ (overrides site.yaml).")
    String baseUrl;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "How to print diagnostics: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "github prints GitHub Actions annotations.")
    DiagnosticFormat format;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines; diagnostics are still printed.")
    boolean quiet;

    /** The site at {@code --source}, with {@code --base-url} and progress lines unless {@code --quiet}. */
    SiteBuild open(PrintWriter err) throws UsageError {
        return open(source, baseUrl, new Progress(err, quiet), err);
    }

    /**
     * The site at {@code source}, checked once for every command: when it is not a site root, or
     * {@code baseUrl} is not an absolute http(s) address, says why on {@code err}.
     */
    static SiteBuild open(Path source, String baseUrl, StageListener progress, PrintWriter err)
            throws UsageError {
        try {
            return SiteBuild.of(source, baseUrl, progress);
        } catch (SiteBuild.Refused e) {
            throw UsageError.said(e.getMessage(), err);
        }
    }
}
