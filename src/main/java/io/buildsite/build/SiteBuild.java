package io.buildsite.build;

import io.buildsite.assemble.SitePlan;
import io.buildsite.assemble.TranslationReport;
import io.buildsite.cache.ToolFingerprint;
import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.diagnostics.Severity;
import io.buildsite.load.GitDates;
import io.buildsite.load.InputFingerprint;
import io.buildsite.load.SiteAddresses;
import io.buildsite.load.SourceLoader;
import io.buildsite.model.SiteConfig;
import io.buildsite.model.SiteSource;
import io.buildsite.render.RenderCache;
import io.buildsite.write.BuildRecords;
import io.buildsite.write.GeneratedLinks;
import io.buildsite.write.OutputDisk;
import io.buildsite.write.OutputFolder;
import io.buildsite.write.ShareCards;
import io.buildsite.write.SiteWriter;
import io.buildsite.write.Theme;
import io.buildsite.write.WriteStage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The build engine: load → render → assemble → write, for {@code build} (to a folder), {@code check}
 * (to a scratch folder, then every link checked) and {@code serve} (to memory, rebuilt after each
 * change, see {@link LiveSite}). Content errors stop a build before anything is written.
 */
public final class SiteBuild {
    private final SiteLayout layout;
    /** The base URL that overrides site.yaml's, or null. */
    private final String baseUrl;
    private final StageListener progress;
    /** Whether {@code build} and {@code check} take drafts in ({@code --drafts}); a preview always does. */
    private final boolean drafts;

    private SiteBuild(SiteLayout layout, String baseUrl, StageListener progress, boolean drafts) {
        this.layout = layout;
        this.baseUrl = baseUrl;
        this.progress = progress;
        this.drafts = drafts;
    }

    /** The command cannot run as asked (not a site, an address that is not one…); the message says why. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * The site at {@code source}.
     *
     * @param baseUrl  {@code --base-url} as given, or null for site.yaml's
     * @param progress told as each stage ends
     */
    public static SiteBuild of(Path source, String baseUrl, StageListener progress) throws Refused {
        SiteLayout layout = SiteLayout.of(source);
        try {
            return new SiteBuild(layout, baseUrl == null ? null : SiteAddresses.baseUrl(baseUrl, "--base-url"), progress,
                    false);
        } catch (SiteAddresses.Invalid e) {
            throw new Refused(e.getMessage());
        }
    }

    /** This site with its drafts built and checked too ({@code --drafts}), each page marked as one. */
    public SiteBuild withDrafts() {
        return new SiteBuild(layout, baseUrl, progress, true);
    }

    public SiteLayout layout() {
        return layout;
    }

    /** {@code build}: the site into a folder on disk, unless the folder holds a build of the same inputs. */
    public FolderResult toFolder(FolderTarget target, boolean strict, Diagnostics diagnostics)
            throws IOException, Refused {
        Path shown = target.output() != null ? target.output() : layout.defaultOutput();
        Path out = OutputFolder.realPath(shown);
        String refusal = OutputFolder.refusal(layout.root(), out, target.force());
        if (refusal != null) {
            throw new Refused("will not build into " + shown + ": " + refusal);
        }
        Path cache = OutputFolder.realPath(target.cache() != null ? target.cache()
                : layout.root().resolve(SiteLayout.CACHE_FOLDER));
        if (cache.startsWith(out)) {
            throw new Refused("the cache folder " + cache + " is inside the output folder, which every build "
                    + "replaces: choose another --cache-dir");
        }
        OutputFolder.removeLeftovers(out);
        BuildRecords records = new BuildRecords(cache);
        String inputs = InputFingerprint.of(layout.root(), settings());
        Optional<List<Diagnostic>> unchanged = target.rebuild() ? Optional.empty() : records.upToDate(out, inputs);
        boolean failed;
        if (unchanged.isPresent()) {
            unchanged.get().forEach(diagnostics::add);
            progress.stage("up to date", "nothing changed since " + shown + " was built (--rebuild builds anyway)");
            failed = strict && diagnostics.count(Severity.WARNING) > 0;
        } else {
            Theme theme = warmTheme();
            RenderCache bodies = BuildCache.bodies(cache, progress::notice);
            ShareCards cards = BuildCache.cards(cache, progress::notice);
            Planned planned = plan(diagnostics, bodies);
            SitePlan plan = planned == null ? null : planned.plan();
            if (planned != null) {
                warnOfMissingSettings(planned, diagnostics);
            }
            failed = plan == null || (strict && diagnostics.count(Severity.WARNING) > 0)
                    || !toDisk(plan, theme, cards, out, shown, target.disk(), diagnostics);
            if (!failed) {
                records.save(out, inputs, diagnostics.sorted());
                bodies.save();
                cards.save();
                progress.stage("cache", BuildCache.pruned(bodies, cards) + " in " + cache);
            }
        }
        return new FolderResult(!failed, shown, Files.exists(out));
    }

    /**
     * What a published site should say in site.yaml and does not: its address, without which the sitemap,
     * feeds, canonical and share addresses are left out, and its title and description, taken from the
     * content instead. Only {@code build} says so: a preview or a check needs none of them.
     */
    private void warnOfMissingSettings(Planned planned, Diagnostics diagnostics) throws IOException {
        if (!planned.plan().config().hasBaseUrl()) {
            diagnostics.warning(SiteLayout.SETTINGS, 1, 1, "no base_url: the site's address is unknown, so no "
                    + "sitemap or feed is written and pages carry no canonical or share address; set base_url in "
                    + "site.yaml (e.g. base_url: https://example.github.io/repo/) or pass --base-url");
        }
        for (String warning : SourceLoader.settingsTakenFromContent(layout.root(), planned.site().courses())) {
            diagnostics.warning(SiteLayout.SETTINGS, 1, 1, warning);
        }
    }

    /**
     * Besides the files, what decides the output: this tool, the options that change pages, and, when
     * commits date the pages, the commit checked out (a commit changes no file it dates).
     */
    private List<String> settings() throws IOException {
        String commit = settingsOf(layout.root()).gitDates() ? GitDates.commit(layout.root()) : "";
        return List.of("tool " + ToolFingerprint.current(), "base-url " + baseUrl, "drafts " + drafts, "commit " + commit);
    }

    /**
     * {@code check}: everything {@code build} checks, plus every link and #anchor of the generated pages,
     * which are written to a scratch folder and removed.
     */
    public void check(Diagnostics diagnostics) throws IOException {
        Theme theme = warmTheme();
        Path cache = layout.root().resolve(SiteLayout.CACHE_FOLDER);
        Planned planned = plan(diagnostics, BuildCache.bodiesReadOnly(cache, progress::notice));
        if (planned == null) {
            return;
        }
        SitePlan plan = planned.plan();
        Path scratch = Files.createTempDirectory("build-site-check-");
        try {
            Path out = scratch.resolve("site");
            if (toDisk(plan, theme, BuildCache.cardsReadOnly(cache, progress::notice), out, out, OutputDisk.LOCAL,
                    diagnostics)) {
                GeneratedLinks.check(plan, out, diagnostics);
            }
            progress.stage("check", plan.pages().size() + " generated pages");
        } finally {
            OutputFolder.deleteTree(scratch);
        }
    }

    /** {@code serve}: the site in memory, built first when {@link LiveSite#rebuild} is called. */
    public LiveSite live() {
        return new LiveSite(layout, baseUrl);
    }

    /** Every translation's state and every missing one, with each file's hash. */
    public List<TranslationReport.Entry> translations(Diagnostics diagnostics) throws IOException {
        return TranslationReport.of(new SourceLoader(layout.root(), diagnostics).hashingEveryFile().load(baseUrl));
    }

    /** The settings of the site at {@code root} (site.yaml, or the defaults); problems in it are not reported. */
    public static SiteConfig settingsOf(Path root) throws IOException {
        return SourceLoader.readConfig(root, new Diagnostics());
    }

    /** The content of the site at {@code root}, as far as it reads; problems in it are not reported. */
    public static SiteSource contentOf(Path root) throws IOException {
        return new SourceLoader(root, new Diagnostics()).load(null);
    }

    /**
     * The site's theme, its templates compiling on a thread of their own while the content is read and
     * rendered: until the pages are assembled, a small site keeps only one core busy.
     */
    private Theme warmTheme() {
        Theme theme = new Theme(layout.templates());
        Thread warm = new Thread(theme::warmUp, "build-site-theme-warm-up");
        warm.setDaemon(true);
        warm.start();
        return theme;
    }

    /** The plan with what it was made from, or null when the content has errors. */
    private Planned plan(Diagnostics diagnostics, RenderCache stored) throws IOException {
        Planned planned = Stages.run(layout, baseUrl, drafts, diagnostics, null, stored, progress);
        return diagnostics.hasErrors() ? null : planned;
    }

    /**
     * Writes the plan into {@code output}; a file that would replace another or a broken template is
     * reported, the previous output stays, and gives false.
     *
     * @param shown the output as the author named it, for the progress line
     */
    private boolean toDisk(SitePlan plan, Theme theme, ShareCards cards, Path output, Path shown, OutputDisk disk,
            Diagnostics diagnostics) throws IOException {
        ThemedWrite written = ThemedWrite.run(() -> new SiteWriter(theme, plan.config(), cards), plan,
                diagnostics, writer -> progress.stage("write", WriteStage.write(plan, writer, output, disk)
                        + " files to " + shown));
        return written == ThemedWrite.WRITTEN;
    }
}
