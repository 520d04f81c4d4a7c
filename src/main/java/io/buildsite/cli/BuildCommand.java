package io.buildsite.cli;

import io.buildsite.build.FolderResult;
import io.buildsite.build.FolderTarget;
import io.buildsite.build.SiteBuild;
import io.buildsite.build.SiteLayout;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.write.OutputDisk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the static site from a site root (content/, data/, templates/, site.yaml).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:built (warnings allowed)",
                "1:content errors, or warnings under --strict; the previous output is left as it was",
                "2:usage error, or an output folder that may not be replaced",
                "3:internal error (a bug: please report it)",
                "4:the machine failed the build (disk full, permission denied, a file removed while building, "
                        + "a file name the locale cannot hold, out of memory); the previous output is left as it was"})
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Mixin
    DraftsOption drafts;

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder (default: <source>/" + SiteLayout.OUTPUT_FOLDER + ").")
    Path output;

    @Option(names = "--force", description = "Replace an output folder that build-site did not create.")
    boolean force;

    @Option(names = "--rebuild", description = "Build even when nothing changed since the last build of the output.")
    boolean rebuild;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where build-site keeps what it knows between builds, never published "
                    + "(default: <source>/" + SiteLayout.CACHE_FOLDER + ").")
    Path cacheDir;

    private final OutputDisk disk;

    public BuildCommand() {
        this(OutputDisk.LOCAL);
    }

    /** A build that writes its output to {@code disk}. */
    BuildCommand(OutputDisk disk) {
        this.disk = disk;
    }

    @Override
    public Integer call() throws IOException, UsageError {
        PrintWriter err = spec.commandLine().getErr();
        SiteBuild build = drafts.applyTo(site.open(err));
        Diagnostics diagnostics = new Diagnostics();
        FolderResult result;
        try {
            result = build.toFolder(new FolderTarget(output, cacheDir, force, rebuild, disk), site.strict, diagnostics);
        } catch (SiteBuild.Refused e) {
            throw UsageError.said(e.getMessage(), err);
        }
        site.format.report(diagnostics, err);
        if (!result.ok()) {
            err.println("build-site: nothing written" + (result.outputExists() ? "; " + result.shown() + " is unchanged" : ""));
            return ExitCodes.CONTENT_ERRORS;
        }
        return ExitCodes.OK;
    }
}
