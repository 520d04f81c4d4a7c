package io.buildsite.cli;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.diagnostics.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate a site without publishing it: everything build checks, plus every link and "
                + "#anchor of the generated pages. Writes nothing under the source folder "
                + "(pages are generated in a temporary folder, then removed)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:no errors (warnings allowed unless --strict)",
                "1:content errors, or warnings under --strict",
                "2:usage error",
                "3:internal error (a bug: please report it)",
                "4:the machine failed the check (disk full, permission denied, a file removed meanwhile, "
                        + "a file name the locale cannot hold, out of memory)"})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Mixin
    DraftsOption drafts;

    @Override
    public Integer call() throws IOException, UsageError {
        PrintWriter err = spec.commandLine().getErr();
        Diagnostics diagnostics = new Diagnostics();
        drafts.applyTo(site.open(err)).check(diagnostics);
        site.format.report(diagnostics, err);
        boolean failed = diagnostics.hasErrors() || (site.strict && diagnostics.count(Severity.WARNING) > 0);
        return failed ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
    }
}
