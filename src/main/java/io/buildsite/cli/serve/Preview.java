package io.buildsite.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.buildsite.build.LiveSite;
import io.buildsite.build.SiteBuild;
import io.buildsite.build.SiteLayout;
import io.buildsite.build.ThemeChange;
import io.buildsite.cli.EnvironmentFailure;
import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.write.Theme;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A running preview: the in-memory site, its HTTP server, the watcher and the live-reload channel. */
public final class Preview implements AutoCloseable {
    private final SiteLayout layout;
    private final LiveSite site;
    private final LiveReload live;
    private final PreviewServer server;
    private final SourceWatcher watcher;
    private final ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "build-site-ping");
        t.setDaemon(true);
        return t;
    });
    private final PrintWriter err;
    private final boolean quiet;
    private final ObjectMapper json;
    private final String url;

    private Preview(SiteBuild build, String host, int port, PrintWriter err, boolean quiet, ObjectMapper json)
            throws IOException {
        this.err = err;
        this.quiet = quiet;
        this.json = json;
        server = new PreviewServer(host, port);
        layout = build.layout();
        live = new LiveReload(new Theme(layout.templates()));
        site = build.live();
        LiveSite.Outcome first;
        try {
            first = site.rebuild(ThemeChange.ALL);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        report(first);
        if (!first.ok()) {
            live.failed(problems(first.diagnostics()));
        }
        // Watched before served: an edit made as soon as a page is seen is never missed.
        watcher = new SourceWatcher(layout.root(), this::changed);
        String basePath = site.basePath();
        server.start(site.output(), live, basePath);
        url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + basePath;
        pings.scheduleAtFixedRate(live::ping, 5, 5, TimeUnit.SECONDS);
    }

    /**
     * Takes the address, builds the site and serves it.
     *
     * @throws Unavailable when the address cannot be listened on (before anything is built)
     */
    public static Preview start(SiteBuild build, String host, int port, PrintWriter err, boolean quiet,
                                ObjectMapper json) throws IOException {
        return new Preview(build, host, port, err, quiet, json);
    }

    /** The address cannot be listened on; the message says why and what to do. */
    public static final class Unavailable extends IOException {
        Unavailable(String message) {
            super(message);
        }
    }

    public String url() {
        return url;
    }

    private void changed(Set<Path> paths) {
        ThemeChange theme = ThemeChange.of(layout, paths);
        boolean everyPage = theme.everything() || paths.stream().anyMatch(p -> {
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            return !name.endsWith(".md") && !name.endsWith(".json") && !name.endsWith(".peb");
        });
        try {
            LiveSite.Outcome outcome = site.rebuild(theme, paths);
            report(outcome);
            if (outcome.ok()) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("all", everyPage);
                change.put("pages", outcome.changedPages());
                change.put("swap", outcome.swappable());
                live.built(json.writeValueAsString(change));
            } else {
                live.failed(problems(outcome.diagnostics()));
            }
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // The machine's failures read as they do for build (one line); the last good site stays served.
            String environment = EnvironmentFailure.describe(e);
            err.println("build-site: rebuild failed: " + (environment != null ? environment : e));
            err.flush();
        }
    }

    private void report(LiveSite.Outcome outcome) {
        Diagnostics diagnostics = outcome.diagnostics();
        for (Diagnostic d : diagnostics.sorted()) {
            err.println(d.format());
        }
        if (outcome.ok()) {
            if (!quiet) {
                err.println("rebuilt in " + outcome.millis() + " ms (" + outcome.stages() + "): "
                        + outcome.changedPages().size() + " pages changed (" + diagnostics.summary() + ")");
            }
        } else {
            err.println(diagnostics.summary() + ": still serving the last good version");
        }
        err.flush();
    }

    private String problems(Diagnostics diagnostics) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("summary", diagnostics.summary());
        report.put("lines", diagnostics.sorted().stream().map(Diagnostic::format).toList());
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        pings.shutdownNow();
        watcher.close();
        server.close();
    }
}
