package io.buildsite.cli;

import io.buildsite.assemble.SitePlan;
import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.diagnostics.Severity;
import io.buildsite.render.RenderCache;
import io.buildsite.load.InputFingerprint;
import io.buildsite.write.BuildRecords;
import io.buildsite.write.OutputDisk;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder (default: <source>/site-output).")
    Path output;

    @Option(names = "--force", description = "Replace an output folder that build-site did not create.")
    boolean force;

    @Option(names = "--rebuild", description = "Build even when nothing changed since the last build of the output.")
    boolean rebuild;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where build-site keeps what it knows between builds, never published "
                    + "(default: <source>/" + CACHE_FOLDER + ").")
    Path cacheDir;

    /** The build cache's folder in the site root, unless --cache-dir says otherwise. */
    static final String CACHE_FOLDER = ".build-site-cache";

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
        Path root = SiteOptions.root(site.source, err);
        String baseUrl = SiteOptions.baseUrl(site.baseUrl, err);
        Path shown = output != null ? output : site.source.resolve("site-output");
        Path out = OutputFolder.realPath(shown);
        String refusal = OutputFolder.refusal(root, out, force);
        if (refusal != null) {
            err.println("build-site: will not build into " + shown + ": " + refusal);
            return ExitCodes.USAGE;
        }
        Path cache = OutputFolder.realPath(cacheDir != null ? cacheDir : root.resolve(CACHE_FOLDER));
        if (cache.startsWith(out)) {
            err.println("build-site: the cache folder " + cache + " is inside the output folder, which every build "
                    + "replaces: choose another --cache-dir");
            return ExitCodes.USAGE;
        }
        OutputFolder.removeLeftovers(out);
        BuildRecords records = new BuildRecords(cache);
        Progress progress = new Progress(err, site.quiet);
        Diagnostics diagnostics = new Diagnostics();
        String inputs = InputFingerprint.of(root, settings(baseUrl));
        Optional<List<Diagnostic>> unchanged = rebuild ? Optional.empty() : records.upToDate(out, inputs);
        boolean failed;
        if (unchanged.isPresent()) {
            unchanged.get().forEach(diagnostics::add);
            progress.stage("up to date", "nothing changed since " + shown + " was built (--rebuild builds anyway)");
            failed = site.strict && diagnostics.count(Severity.WARNING) > 0;
        } else {
            RenderCache bodies = BuildCache.bodies(cache, err);
            Pipeline pipeline = new Pipeline(root, diagnostics, progress, bodies);
            SitePlan plan = pipeline.plan(baseUrl);
            if (plan != null && !plan.config().hasBaseUrl()) {
                diagnostics.warning("site.yaml", 1, 1, "no base_url: the site's address is unknown, so no sitemap or "
                        + "feed is written and pages carry no canonical or share address; set base_url in site.yaml "
                        + "(e.g. base_url: https://example.github.io/repo/) or pass --base-url");
            }
            failed = plan == null || (site.strict && diagnostics.count(Severity.WARNING) > 0);
            if (!failed && pipeline.write(plan, out, shown, disk) < 0) {
                failed = true;
            }
            if (!failed) {
                records.save(out, inputs, diagnostics.sorted());
                bodies.save();
                progress.stage("cache", BuildCache.pruned(bodies) + " in " + cache);
            }
        }
        site.format.report(diagnostics, err);
        if (failed) {
            err.println("build-site: nothing written" + (Files.exists(out) ? "; " + shown + " is unchanged" : ""));
            return ExitCodes.CONTENT_ERRORS;
        }
        return ExitCodes.OK;
    }

    /** Besides the files, what decides the output: this tool and the options that change pages. */
    private static List<String> settings(String baseUrl) {
        List<String> settings = new ArrayList<>(ToolIdentity.current());
        settings.add("base-url " + baseUrl);
        return settings;
    }
}
