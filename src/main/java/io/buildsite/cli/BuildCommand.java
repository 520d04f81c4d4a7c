package io.buildsite.cli;

import io.buildsite.assemble.SitePlan;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.diagnostics.Severity;
import io.buildsite.write.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    SiteOptions site;

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder (default: <source>/site-output).")
    Path output;

    @Option(names = "--force", description = "Replace an output folder that build-site did not create.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!SiteOptions.isSiteRoot(site.source, err)) {
            return ExitCodes.USAGE;
        }
        Path out = output != null ? output : site.source.resolve("site-output");
        String refusal = OutputFolder.refusal(site.source, out, force);
        if (refusal != null) {
            err.println("build-site: will not build into " + out + ": " + refusal);
            return ExitCodes.USAGE;
        }
        Diagnostics diagnostics = new Diagnostics();
        Pipeline pipeline = new Pipeline(site.source, diagnostics, new Progress(err, site.quiet));
        SitePlan plan = pipeline.plan(site.baseUrl);
        boolean failed = plan == null || (site.strict && diagnostics.count(Severity.WARNING) > 0);
        if (!failed && pipeline.write(plan, out) < 0) {
            failed = true;
        }
        site.format.report(diagnostics, err);
        if (failed) {
            err.println("build-site: nothing written" + (Files.exists(out) ? "; " + out + " is unchanged" : ""));
            return ExitCodes.CONTENT_ERRORS;
        }
        return ExitCodes.OK;
    }
}
