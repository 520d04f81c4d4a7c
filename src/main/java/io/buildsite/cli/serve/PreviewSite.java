package io.buildsite.cli.serve;

import io.buildsite.assemble.AssembleStage;
import io.buildsite.assemble.SitePlan;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.load.LoadCache;
import io.buildsite.load.SourceLoader;
import io.buildsite.model.SiteSource;
import io.buildsite.render.RenderCache;
import io.buildsite.render.RenderStage;
import io.buildsite.render.RenderedBody;
import io.buildsite.write.SiteWriter;
import io.buildsite.write.Theme;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site as the preview server shows it, rebuilt after each change. Unchanged files are not read
 * again and unchanged bodies not rendered again; only pages whose plan changed are rendered through
 * the templates, unless a template changed. A build with errors leaves the last good site served.
 */
final class PreviewSite {
    /** How a rebuild went. */
    record Outcome(boolean ok, Diagnostics diagnostics, List<String> changedPages, long millis, String stages) {
    }

    private final Path source;
    private final String baseUrl;
    private final MemoryOutput output = new MemoryOutput();
    private final LoadCache loadCache = new LoadCache();
    private final RenderCache renderCache = new RenderCache();
    private final io.buildsite.assemble.AssembleCache assembleCache = new io.buildsite.assemble.AssembleCache();
    private SitePlan current;
    private SiteWriter writer;

    PreviewSite(Path source, String baseUrl) {
        this.source = source;
        this.baseUrl = baseUrl;
    }

    MemoryOutput output() {
        return output;
    }

    SitePlan plan() {
        return current;
    }

    /** The path the site is served under: {@code /}, or the base URL's sub-path. */
    String basePath() {
        if (current != null) {
            return current.config().basePath();
        }
        if (baseUrl == null) {
            return "/";
        }
        int scheme = baseUrl.indexOf("://");
        int slash = scheme < 0 ? baseUrl.indexOf('/') : baseUrl.indexOf('/', scheme + 3);
        String path = slash < 0 ? "/" : baseUrl.substring(slash);
        return path.endsWith("/") ? path : path + "/";
    }

    /** What a change to the theme asks for: nothing, the pages of some templates, or every page. */
    record ThemeChange(boolean any, Set<String> onlyKinds) {
        static final ThemeChange NONE = new ThemeChange(false, Set.of());
        static final ThemeChange ALL = new ThemeChange(true, Set.of());

        boolean everything() {
            return any && onlyKinds.isEmpty();
        }
    }

    /**
     * Rebuilds the site.
     *
     * @param theme what of the theme changed: one page template re-renders the pages that use it; the
     *              layout, partials, dictionaries or assets re-render every page
     */
    synchronized Outcome rebuild(ThemeChange theme) throws IOException {
        long started = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        SiteSource site = new SourceLoader(source, diagnostics, loadCache).load(baseUrl);
        long loaded = System.nanoTime();
        Map<String, RenderedBody> bodies = RenderStage.render(site, diagnostics, renderCache);
        long rendered = System.nanoTime();
        SitePlan plan = AssembleStage.assemble(site, bodies, diagnostics, assembleCache);
        long assembled = System.nanoTime();
        if (diagnostics.hasErrors()) {
            return new Outcome(false, diagnostics, List.of(), elapsed(started), "");
        }
        boolean configChanged = current != null && !plan.config().equals(current.config());
        if (writer == null || theme.any() || configChanged) {
            writer = new SiteWriter(new Theme(source.resolve("templates")), plan.config());
            if (theme.everything() || configChanged) {
                current = null;
            }
        }
        try {
            return write(plan, theme, diagnostics, started, loaded, rendered, assembled);
        } catch (io.pebbletemplates.pebble.error.PebbleException e) {
            io.buildsite.write.TemplateProblem.report(e, diagnostics);
            writer = null;
            return new Outcome(false, diagnostics, List.of(), elapsed(started), "");
        }
    }

    private Outcome write(SitePlan plan, ThemeChange theme, Diagnostics diagnostics, long started, long loaded,
                          long rendered, long assembled) throws IOException {
        List<String> changed;
        if (current == null) {
            Set<String> written = new HashSet<>();
            writer.writeAll(plan, new Recording(output, written));
            output.retainOnly(written);
            changed = writer.pageFiles(plan);
        } else {
            changed = writer.writeChanges(plan, current, output, theme.onlyKinds());
            Set<String> gone = new HashSet<>(writer.pageFiles(current));
            // A set on both sides: removeAll with a list argument is quadratic.
            gone.removeAll(new HashSet<>(writer.pageFiles(plan)));
            output.remove(gone);
        }
        current = plan;
        String stages = "load " + (loaded - started) / 1_000_000 + ", render " + (rendered - loaded) / 1_000_000
                + ", assemble " + (assembled - rendered) / 1_000_000 + ", write " + (System.nanoTime() - assembled) / 1_000_000;
        return new Outcome(true, diagnostics, changed, elapsed(started), stages);
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Passes files on to the output and notes their paths, so files no longer built can be dropped. */
    private record Recording(MemoryOutput output, Set<String> written) implements io.buildsite.write.OutputSink {
        @Override
        public void write(String relativePath, byte[] bytes) {
            output.write(relativePath, bytes);
            synchronized (written) {
                written.add(relativePath);
            }
        }
    }
}
