package io.buildsite.cli;

import io.buildsite.assemble.TranslationReport.Entry;
import io.buildsite.assemble.TranslationReport.Status;
import io.buildsite.build.StageListener;
import io.buildsite.diagnostics.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "translations", mixinStandardHelpOptions = true,
        description = {"List what is not translated yet, and translations whose original changed since.",
                "A translation records its original's hash in its front matter (or quiz bank JSON) as "
                        + "translation_of_hash; this command prints the value to paste."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "1:some translation is stale (with --strict)", "2:usage error"})
public final class TranslationsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".", description = "Site root (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--strict", description = "Exit with 1 when a translation is stale.")
    boolean strict;

    @Override
    public Integer call() throws IOException, UsageError {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Diagnostics diagnostics = new Diagnostics();
        List<Entry> entries = SiteOptions.open(source, null, StageListener.NONE, err).translations(diagnostics);
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Entry e : entries) {
            counts.merge(e.status(), 1, Integer::sum);
            out.println(e.lang() + "  " + String.format("%-10s", e.status().name().toLowerCase()) + "  " + describe(e));
        }
        out.println(counts.getOrDefault(Status.MISSING, 0) + " missing, " + counts.getOrDefault(Status.STALE, 0)
                + " stale, " + counts.getOrDefault(Status.UNVERIFIED, 0) + " without translation_of_hash, "
                + counts.getOrDefault(Status.CURRENT, 0) + " current");
        out.flush();
        if (diagnostics.hasErrors()) {
            DiagnosticFormat.text.report(diagnostics, err);
        }
        return strict && counts.getOrDefault(Status.STALE, 0) > 0 ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
    }

    private static String describe(Entry e) {
        return switch (e.status()) {
            case MISSING -> e.original() + "  (no translation; when you write one, add: translation_of_hash: "
                    + e.currentHash() + ")";
            case STALE -> e.translation() + "  (" + e.original() + " changed; review it, then set: translation_of_hash: "
                    + e.currentHash() + ")";
            case UNVERIFIED -> e.translation() + "  (add: translation_of_hash: " + e.currentHash() + ")";
            case CURRENT -> e.translation();
        };
    }
}
