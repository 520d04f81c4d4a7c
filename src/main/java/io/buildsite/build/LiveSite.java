package io.buildsite.build;

import io.buildsite.assemble.PagePlan;
import io.buildsite.assemble.SitePlan;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.SiteConfig;
import io.buildsite.write.OutputSink;
import io.buildsite.write.SiteWriter;
import io.buildsite.write.Theme;
import io.pebbletemplates.pebble.error.PebbleException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site as {@code serve} shows it, in memory, rebuilt after each change through the caches of the
 * stages: unchanged files are not read again and unchanged bodies not rendered again; only pages whose
 * plan changed are rendered through the templates, unless a template changed. A save that changed only
 * one lesson's text takes {@link OneLessonEdit}. A build with errors leaves the last good site served.
 */
public final class LiveSite {
    /** How a rebuild went. */
    public record Outcome(boolean ok, Diagnostics diagnostics, List<String> changedPages, long millis, String stages,
                          List<String> swappable) {
        Outcome(boolean ok, Diagnostics diagnostics, List<String> changedPages, long millis, String stages) {
            this(ok, diagnostics, changedPages, millis, stages, List.of());
        }
    }

    /** Changed pages this few are compared with what they were, to tell open pages they may swap <main>. */
    private static final int COMPARED_PAGES = 20;

    private final SiteLayout layout;
    private final String baseUrl;
    private final MemoryOutput output = new MemoryOutput();
    private final BuildCaches caches = new BuildCaches();
    /** The plan the output holds; null when the next write must write every file. */
    private SitePlan served;
    private SiteWriter writer;
    /** What the output was built from, for planning an edit of one lesson; null after a failed build. */
    private Planned last;
    private Diagnostics lastDiagnostics;

    LiveSite(SiteLayout layout, String baseUrl) {
        this.layout = layout;
        this.baseUrl = baseUrl;
    }

    public MemoryOutput output() {
        return output;
    }

    /** The path the site is served under: {@code /}, or the base URL's sub-path. */
    public String basePath() {
        if (served != null) {
            return served.config().basePath();
        }
        return SiteConfig.pathOf(baseUrl == null ? SiteConfig.NO_BASE_URL : baseUrl);
    }

    /**
     * Rebuilds the site.
     *
     * @param theme what of the theme changed: one page template re-renders the pages that use it, the
     *              template of a site-wide file (feed, sitemap, robots.txt) none; the layout, partials,
     *              dictionaries or assets re-render every page
     */
    public synchronized Outcome rebuild(ThemeChange theme) throws IOException {
        return rebuild(theme, Set.of());
    }

    /**
     * Rebuilds after {@code changed} files changed. A save that changed only the body text of one lesson
     * re-renders that lesson's pages and updates its search entries alone.
     */
    public synchronized Outcome rebuild(ThemeChange theme, Set<Path> changed) throws IOException {
        long started = System.nanoTime();
        if (!theme.any() && changed.size() == 1 && last != null && writer != null) {
            Outcome edited = afterBodyEdit(changed.iterator().next(), started);
            if (edited != null) {
                return edited;
            }
        }
        Diagnostics diagnostics = new Diagnostics();
        StageTimes times = new StageTimes();
        Planned planned = Stages.run(layout, baseUrl, diagnostics, caches, times);
        SitePlan plan = planned.plan();
        if (diagnostics.hasErrors()) {
            // What this build read is not served: until a build succeeds, a save may not build on the last one.
            last = null;
            return new Outcome(false, diagnostics, List.of(), elapsed(started), "");
        }
        boolean configChanged = served != null && !plan.config().equals(served.config());
        if (theme.any() || configChanged) {
            writer = null;
            if (theme.everything() || configChanged) {
                served = null;
            }
        }
        Changes[] changes = new Changes[1];
        ThemedWrite written = ThemedWrite.run(() -> writer(plan.config()), plan, diagnostics,
                themed -> changes[0] = write(themed, plan, theme));
        if (written != ThemedWrite.WRITTEN) {
            if (written == ThemedWrite.BROKEN_TEMPLATE) {
                writer = null;
            }
            last = null;
            return new Outcome(false, diagnostics, List.of(), elapsed(started), "");
        }
        last = planned;
        lastDiagnostics = diagnostics;
        times.stage("write", "");
        return new Outcome(true, diagnostics, changes[0].pages(), elapsed(started), times.toString(),
                changes[0].swappable());
    }

    /** The writer of the current theme and settings, made again after they changed. */
    private SiteWriter writer(SiteConfig config) throws IOException {
        if (writer == null) {
            writer = new SiteWriter(new Theme(layout.templates()), config);
        }
        return writer;
    }

    /** The pages a write changed, and those of them that changed only inside their {@code <main>}. */
    private record Changes(List<String> pages, List<String> swappable) {
    }

    /** Writes every file when the output holds no plan, or else what differs from the plan it holds. */
    private Changes write(SiteWriter themed, SitePlan plan, ThemeChange theme) throws IOException {
        Changes changes;
        if (served == null) {
            Set<String> written = new HashSet<>();
            themed.writeAll(plan, new Recording(output, written));
            output.retainOnly(written);
            changes = new Changes(themed.pageFiles(plan), List.of());
        } else {
            Remembering sink = new Remembering(output);
            List<String> changed = themed.writeChanges(plan, served, sink, theme.onlyKinds());
            Set<String> gone = new HashSet<>(themed.pageFiles(served));
            // A set on both sides: removeAll with a list argument is quadratic.
            gone.removeAll(new HashSet<>(themed.pageFiles(plan)));
            gone.addAll(themed.filesGone(served, plan));
            output.remove(gone);
            changes = new Changes(changed, sink.swappable(changed));
        }
        served = plan;
        return changes;
    }

    /** The fast way for a lesson whose body alone changed; null when the change needs a full rebuild. */
    private Outcome afterBodyEdit(Path file, long started) throws IOException {
        StageTimes times = new StageTimes();
        Planned edited = OneLessonEdit.plan(layout, caches, last, lastDiagnostics, file, times);
        if (edited == null) {
            return null;
        }
        SitePlan plan = edited.plan();
        List<PagePlan> pages = new ArrayList<>();
        for (int i = 0; i < plan.pages().size(); i++) {
            if (plan.pages().get(i) != served.pages().get(i) && !plan.pages().get(i).equals(served.pages().get(i))) {
                pages.add(plan.pages().get(i));
            }
        }
        List<String> changedPages;
        Remembering sink = new Remembering(output);
        try {
            changedPages = writer.writePagesAndSearch(plan, pages, sink);
            output.remove(writer.filesGone(served, plan));
        } catch (PebbleException e) {
            return null;
        }
        served = plan;
        last = edited;
        times.stage("write", "");
        return new Outcome(true, lastDiagnostics, changedPages, elapsed(started), "one lesson's text: " + times,
                sink.swappable(changedPages));
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Writes to the output, remembering what a few pages were, to tell which changed only inside <main>. */
    private static final class Remembering implements OutputSink {
        private final MemoryOutput output;
        private final Map<String, byte[]> was = new ConcurrentHashMap<>();

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

    /** Passes files on to the output and notes their paths, so files no longer built can be dropped. */
    private record Recording(MemoryOutput output, Set<String> written) implements OutputSink {
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
