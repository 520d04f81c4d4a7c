package io.buildsite.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code build-site init}: a new site that builds, to start from, with its .gitignore and Pages workflow. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Start a new site in DIR: site.yaml, a course with one lesson and a quiz bank in Vietnamese "
                + "and English, a .gitignore and a GitHub Pages workflow.",
                "DIR must be new or empty, unless --force; an existing file is never replaced."})
public final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "DIR",
            description = "The folder of the new site, made if missing (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--force", description = "Write into a folder that is not empty: add the files it lacks, keep the others.")
    boolean force;

    @Override
    public Integer call() throws IOException, UsageError {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw UsageError.said(dir + " is a file: init needs a folder", err);
        }
        if (!force && holdsAnything(dir)) {
            throw UsageError.said(dir + " is not empty: init starts a site in a new or empty folder "
                    + "(--force adds the site's files beside yours, and replaces none)", err);
        }
        String version = BuildSiteCommand.version();
        for (String path : SiteSkeleton.FILES) {
            Path file = dir.resolve(path);
            // Not even a link that leads nowhere is written through: what is there stays the author's.
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                out.println("kept    " + path + " (it was there: not replaced)");
            } else {
                NewCommand.create(dir, file, SiteSkeleton.text(path, version), out, err);
            }
        }
        printNextSteps(out);
        return ExitCodes.OK;
    }

    private static boolean holdsAnything(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }

    private void printNextSteps(PrintWriter out) {
        out.println();
        out.println("Next steps:");
        if (!dir.normalize().toString().isEmpty()) {
            out.println("  cd " + dir);
        }
        out.println("  build-site serve          then open http://127.0.0.1:8080/: pages reload as you edit");
        out.println("  build-site new post \"T\"   a blog post (and new course, new lesson, new quiz)");
        out.println("To publish on GitHub Pages, push the site to GitHub and set Settings > Pages > Source to GitHub "
                + "Actions: .github/workflows/pages.yml checks every push and publishes the default branch.");
    }
}
