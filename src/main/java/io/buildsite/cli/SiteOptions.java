package io.buildsite.cli;

import picocli.CommandLine.Option;

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

    /**
     * {@code --base-url} as the site will use it, or null when not given; a value that is not an
     * absolute http(s) address is said on {@code err}.
     */
    static String baseUrl(String given, java.io.PrintWriter err) throws UsageError {
        try {
            return given == null ? null : io.buildsite.load.SiteAddresses.baseUrl(given, "--base-url");
        } catch (io.buildsite.load.SiteAddresses.Invalid e) {
            err.println("build-site: " + e.getMessage());
            err.flush();
            throw new UsageError();
        }
    }

    /**
     * The site root, absolute and with every link resolved; when {@code source} is not one, says why
     * on {@code err}. Every command takes its root from here, once: from then on no
     * path depends on the working directory or on which link led to the site.
     */
    static Path root(Path source, java.io.PrintWriter err) throws UsageError {
        String problem = !java.nio.file.Files.isDirectory(source) ? "source folder not found: " + source
                : !java.nio.file.Files.isDirectory(source.resolve("content"))
                ? source + " has no content/ folder: is it a site root?" : null;
        Path root = null;
        if (problem == null) {
            try {
                root = source.toRealPath();
            } catch (java.io.IOException e) {
                problem = "cannot open the source folder " + source + ": " + e.getMessage();
            }
        }
        if (problem != null) {
            err.println("build-site: " + problem);
            err.flush();
            throw new UsageError();
        }
        return root;
    }
}
