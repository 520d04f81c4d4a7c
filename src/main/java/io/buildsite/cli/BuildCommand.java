package io.buildsite.cli;

import io.buildsite.assemble.SitePlan;
import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.diagnostics.Severity;
import io.buildsite.write.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the static site from a site root (content/, data/, templates/, site.yaml).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:built (warnings allowed)",
                "1:content errors, or warnings under --strict; the previous output is left as it was",
                "2:usage error, or an output folder that may not be replaced",
                "3:internal error (a bug: please report it)"})
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "Site root (default: ${DEFAULT-VALUE}).",
            defaultValue = ".")
    Path source;

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder (default: <source>/site-output).")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "URL the site is published at, e.g. https://example.github.io/repo/ (overrides site.yaml).")
    String baseUrl;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--force", description = "Replace an output folder that build-site did not create.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines; diagnostics are still printed.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(source)) {
            err.println("build-site: source folder not found: " + source);
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(source.resolve("content"))) {
            err.println("build-site: " + source + " has no content/ folder: is it a site root?");
            return ExitCodes.USAGE;
        }
        Path out = output != null ? output : source.resolve("site-output");
        String refusal = OutputFolder.refusal(source, out, force);
        if (refusal != null) {
            err.println("build-site: will not build into " + out + ": " + refusal);
            return ExitCodes.USAGE;
        }
        Diagnostics diagnostics = new Diagnostics();
        Progress progress = new Progress(err, quiet);
        Pipeline pipeline = new Pipeline(source, diagnostics, progress);
        SitePlan plan = pipeline.plan(baseUrl);
        boolean failed = plan == null || (strict && diagnostics.count(Severity.WARNING) > 0);
        if (!failed) {
            pipeline.write(plan, out);
        }
        report(diagnostics, err);
        if (failed) {
            err.println("build-site: nothing written" + (Files.exists(out) ? "; " + out + " is unchanged" : ""));
            return ExitCodes.CONTENT_ERRORS;
        }
        return ExitCodes.OK;
    }

    static void report(Diagnostics diagnostics, PrintWriter err) {
        for (Diagnostic d : diagnostics.sorted()) {
            err.println(d.format());
        }
        err.println(diagnostics.summary());
        err.flush();
    }
}
