package io.buildsite.cli.serve;

import io.buildsite.assemble.AssembleStage;
import io.buildsite.assemble.SitePlan;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.load.LoadCache;
import io.buildsite.load.SourceLoader;
import io.buildsite.model.Lesson;
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
    record Outcome(boolean ok, Diagnostics diagnostics, List<String> changedPages, long millis, String stages,
                   List<String> swappable) {
        Outcome(boolean ok, Diagnostics diagnostics, List<String> changedPages, long millis, String stages) {
            this(ok, diagnostics, changedPages, millis, stages, List.of());
        }
    }

    /** Changed pages this few are compared with what they were, to tell open pages they may swap <main>. */
    private static final int COMPARED_PAGES = 20;

    private final Path source;
    private final String baseUrl;
    private final MemoryOutput output = new MemoryOutput();
    private final LoadCache loadCache = new LoadCache();
    private final RenderCache renderCache = new RenderCache();
    private final io.buildsite.assemble.AssembleCache assembleCache = new io.buildsite.assemble.AssembleCache();
    private SitePlan current;
    private SiteWriter writer;
    /** What the current plan was made from, for assembling one edited lesson alone. */
    private SiteSource currentSite;
    private Map<String, RenderedBody> currentBodies;
    private Diagnostics currentDiagnostics;

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
        return io.buildsite.model.SiteConfig.pathOf(baseUrl == null ? io.buildsite.model.SiteConfig.NO_BASE_URL : baseUrl);
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
        return rebuild(theme, Set.of());
    }

    /**
     * Rebuilds after {@code changed} files changed. A save that changed only the body text of one lesson
     * re-renders that lesson's pages and updates its search entries, without loading, rendering or
     * assembling the rest of the site again (as a full rebuild would find nothing else changed).
     */
    synchronized Outcome rebuild(ThemeChange theme, Set<Path> changed) throws IOException {
        long started = System.nanoTime();
        if (!theme.any() && changed.size() == 1 && current != null && writer != null) {
            Outcome edited = afterBodyEdit(changed.iterator().next(), started);
            if (edited != null) {
                return edited;
            }
        }
        Diagnostics diagnostics = new Diagnostics();
        SiteSource site = new SourceLoader(source, diagnostics, loadCache).load(baseUrl);
        long loaded = System.nanoTime();
        Map<String, RenderedBody> bodies = RenderStage.render(site, diagnostics, renderCache);
        long rendered = System.nanoTime();
        // Assembling needs no lesson text: caches that outlive this build then do not keep old versions of it.
        SitePlan plan = AssembleStage.assemble(site.withoutLessonBodies(), bodies, diagnostics, assembleCache);
        long assembled = System.nanoTime();
        if (diagnostics.hasErrors()) {
            // What this build read is not served: until a build succeeds, a save may not build on the last one.
            currentSite = null;
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
            if (writer.reportCollisions(plan, diagnostics)) {
                currentSite = null;
                return new Outcome(false, diagnostics, List.of(), elapsed(started), "");
            }
            Outcome outcome = write(plan, theme, diagnostics, started, loaded, rendered, assembled);
            currentSite = site;
            currentBodies = bodies;
            currentDiagnostics = diagnostics;
            return outcome;
        } catch (io.pebbletemplates.pebble.error.PebbleException e) {
            io.buildsite.write.TemplateProblem.report(e, diagnostics);
            writer = null;
            currentSite = null;
            return new Outcome(false, diagnostics, List.of(), elapsed(started), "");
        }
    }

    /** The fast way for a lesson whose body alone changed; null when the change needs a full rebuild. */
    private Outcome afterBodyEdit(Path file, long started) throws IOException {
        Path root = source.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        if (currentSite == null || !absolute.startsWith(root) || !absolute.toString().endsWith(".md")) {
            return null;
        }
        String path = root.relativize(absolute).toString().replace('\\', '/');
        Lesson before = currentSite.lessons().stream().filter(l -> l.source().path().equals(path)).findFirst().orElse(null);
        if (before == null) {
            return null;
        }
        Diagnostics own = new Diagnostics();
        Object read = new SourceLoader(source, own, loadCache).readOne(absolute, currentSite.config());
        if (!(read instanceof Lesson lesson) || !before.sameExceptText(lesson)) {
            return null;
        }
        long loaded = System.nanoTime();
        List<Lesson> lessons = new java.util.ArrayList<>(currentSite.lessons());
        lessons.set(lessons.indexOf(before), lesson);
        SiteSource site = new SiteSource(currentSite.config(), currentSite.courses(), lessons, currentSite.posts(),
                currentSite.quizzes(), currentSite.quizListing(), currentSite.staticFiles(), currentSite.failedFiles());
        Map<String, RenderedBody> bodies = new java.util.HashMap<>(currentBodies);
        bodies.put(path, RenderStage.renderOne(site, lesson.source(), lesson.body(), own, renderCache));
        long rendered = System.nanoTime();
        // The file's problems must be what they were: then the whole site's are too, as nothing else changed.
        List<io.buildsite.diagnostics.Diagnostic> was = currentDiagnostics.sorted().stream()
                .filter(d -> d.path().equals(path)).toList();
        if (!own.sorted().equals(was)) {
            return null;
        }
        SitePlan plan = AssembleStage.afterBodyEdit(current, currentSite, site, path, currentBodies.get(path), bodies,
                assembleCache);
        if (plan == null) {
            return null;
        }
        long assembled = System.nanoTime();
        List<io.buildsite.assemble.PagePlan> pages = new java.util.ArrayList<>();
        for (int i = 0; i < plan.pages().size(); i++) {
            if (plan.pages().get(i) != current.pages().get(i) && !plan.pages().get(i).equals(current.pages().get(i))) {
                pages.add(plan.pages().get(i));
            }
        }
        List<String> changedPages;
        Remembering sink = new Remembering(output);
        try {
            changedPages = writer.writePagesAndSearch(plan, pages, sink);
            output.remove(writer.searchFilesGone(current, plan));
        } catch (io.pebbletemplates.pebble.error.PebbleException e) {
            return null;
        }
        current = plan;
        currentSite = site;
        currentBodies = bodies;
        return new Outcome(true, currentDiagnostics, changedPages, elapsed(started),
                "one lesson's text: " + stages(started, loaded, rendered, assembled), sink.swappable(changedPages));
    }

    private Outcome write(SitePlan plan, ThemeChange theme, Diagnostics diagnostics, long started, long loaded,
                          long rendered, long assembled) throws IOException {
        List<String> changed;
        List<String> swappable = List.of();
        if (current == null) {
            Set<String> written = new HashSet<>();
            writer.writeAll(plan, new Recording(output, written));
            output.retainOnly(written);
            changed = writer.pageFiles(plan);
        } else {
            Remembering sink = new Remembering(output);
            changed = writer.writeChanges(plan, current, sink, theme.onlyKinds());
            swappable = sink.swappable(changed);
            Set<String> gone = new HashSet<>(writer.pageFiles(current));
            // A set on both sides: removeAll with a list argument is quadratic.
            gone.removeAll(new HashSet<>(writer.pageFiles(plan)));
            gone.addAll(writer.searchFilesGone(current, plan));
            output.remove(gone);
        }
        current = plan;
        return new Outcome(true, diagnostics, changed, elapsed(started), stages(started, loaded, rendered, assembled),
                swappable);
    }

    /** Milliseconds per stage, for the terminal; writing lasts until now. */
    private static String stages(long started, long loaded, long rendered, long assembled) {
        return "load " + (loaded - started) / 1_000_000 + ", render " + (rendered - loaded) / 1_000_000
                + ", assemble " + (assembled - rendered) / 1_000_000 + ", write " + (System.nanoTime() - assembled) / 1_000_000;
    }

    /** Writes to the output, remembering what a few pages were, to tell which changed only inside <main>. */
    private static final class Remembering implements io.buildsite.write.OutputSink {
        private final MemoryOutput output;
        private final Map<String, byte[]> was = new java.util.concurrent.ConcurrentHashMap<>();

        Remembering(MemoryOutput output) {
            this.output = output;
        }

        @Override
        public void write(String relativePath, byte[] bytes) {
            byte[] old = output.get(relativePath);
            if (old != null && relativePath.endsWith(".html") && was.size() <= COMPARED_PAGES) {
                was.put(relativePath, old);
            }
            output.write(relativePath, bytes);
        }

        @Override
        public void copy(String relativePath, Path file) {
            output.copy(relativePath, file);
        }

        List<String> swappable(List<String> changedPages) {
            if (changedPages.size() > COMPARED_PAGES) {
                return List.of();
            }
            return changedPages.stream().filter(p -> PageFrame.onlyMainDiffers(was.get(p), output.get(p))).toList();
        }
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

        @Override
        public void copy(String relativePath, Path file) {
            output.copy(relativePath, file);
            synchronized (written) {
                written.add(relativePath);
            }
        }
    }
}
