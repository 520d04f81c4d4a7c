package io.buildsite.bench;

import io.buildsite.browser.Browser;
import io.buildsite.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Benchmark of {@code build-site serve} on a synthetic site (run by bench/serve-bench.sh, not a test):
 * the rebuild time after saving one lesson, the time from saving to the reloaded page in headless
 * Chromium, and the heap after many edits.
 *
 * <p>Arguments: SITE_DIR [EDITS] [MEMORY_EDITS]. The site is edited in place: pass a copy.
 */
public final class ServeBench {
    private static final Pattern REBUILT = Pattern.compile("rebuilt in (\\d+) ms");
    private static final Pattern STAGES = Pattern.compile("load (\\d+), render (\\d+), assemble (\\d+), write (\\d+)");
    private static final List<List<Long>> STAGE_MILLIS = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
            new ArrayList<>());

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int memoryEdits = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        List<Path> lessons;
        try (Stream<Path> files = Files.walk(site.resolve("content"))) {
            lessons = files.filter(f -> f.toString().contains("/lessons/") && f.toString().endsWith(".md")
                    && !f.toString().endsWith(".en.md")).sorted().toList();
        }
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        PrintWriter err = new PrintWriter(new LineQueue(lines), true);
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        long started = System.nanoTime();
        Thread server = new Thread(() -> Main.run(new String[] {"serve", "--source", site.toString(), "--port",
                String.valueOf(port)}, new PrintWriter(System.out, true), err));
        server.setDaemon(true);
        server.start();
        String first = awaitLine(lines, "rebuilt in", 600);
        awaitLine(lines, "Serving", 60);
        System.out.printf("lessons: %d   first build: %s (%.1f s to serving)%n", lessons.size(), first,
                (System.nanoTime() - started) / 1e9);

        List<Long> rebuilds = new ArrayList<>();
        STAGE_MILLIS.forEach(List::clear);
        for (int i = 0; i < edits; i++) {
            edit(lessons.get(i % lessons.size()), "rebuild-" + i);
            rebuilds.add(rebuildMillis(lines));
        }
        System.out.printf("rebuild after saving one lesson: median %d ms, min %d, max %d (%d edits)%n",
                median(rebuilds), Collections.min(rebuilds), Collections.max(rebuilds), edits);
        System.out.printf("  stage medians: load %d, render %d, assemble %d, write %d ms%n", median(STAGE_MILLIS.get(0)),
                median(STAGE_MILLIS.get(1)), median(STAGE_MILLIS.get(2)), median(STAGE_MILLIS.get(3)));

        String base = "http://127.0.0.1:" + port + "/";
        Path lesson = lessons.get(lessons.size() / 2);
        String url = base + pageOf(lesson);
        List<Long> reloads = new ArrayList<>();
        List<Long> untilNavigation = new ArrayList<>();
        List<Long> navigation = new ArrayList<>();
        List<Long> responses = new ArrayList<>();
        List<Long> contentLoaded = new ArrayList<>();
        List<Long> swaps = new ArrayList<>();
        try (Browser browser = Browser.launch()) {
            browser.driver().get(url);
            for (int i = 0; i < Math.max(5, edits / 2); i++) {
                String marker = "reload-" + i + "-" + System.nanoTime();
                long before = System.nanoTime();
                long savedAt = System.currentTimeMillis();
                edit(lesson, marker);
                while (!Boolean.TRUE.equals(browser.driver().executeScript(
                        "return document.readyState === 'complete' && document.body.innerText.indexOf(arguments[0]) >= 0",
                        marker))) {
                    Thread.sleep(5);
                    if (System.nanoTime() - before > TimeUnit.SECONDS.toNanos(60)) {
                        throw new IllegalStateException("page did not reload with " + marker);
                    }
                }
                reloads.add((System.nanoTime() - before) / 1_000_000);
                // Where the time went: saving until the browser starts loading, then the page load itself.
                Object timing = browser.driver().executeScript("var n = performance.getEntriesByType('navigation')[0];"
                        + " return [Math.round(performance.timeOrigin), Math.round(n.loadEventEnd), Math.round(n.responseEnd),"
                        + " Math.round(n.domContentLoadedEventEnd), window.buildSiteLive ? window.buildSiteLive.swapped : 0];");
                List<?> t = (List<?>) timing;
                long swappedAt = ((Number) t.get(4)).longValue();
                if (swappedAt >= savedAt) {
                    swaps.add(swappedAt - savedAt);
                } else {
                    untilNavigation.add(((Number) t.get(0)).longValue() - savedAt);
                    navigation.add(((Number) t.get(1)).longValue());
                    responses.add(((Number) t.get(2)).longValue());
                    contentLoaded.add(((Number) t.get(3)).longValue());
                }
                rebuildMillis(lines);
            }
        }
        System.out.printf("save to reloaded page in Chromium: median %d ms, min %d, max %d%n", median(reloads),
                Collections.min(reloads), Collections.max(reloads));
        System.out.printf("  new content swapped in without a full reload: %d of %d saves%s%n", swaps.size(), reloads.size(),
                swaps.isEmpty() ? "" : String.format(" (save to swapped: median %d ms)", median(swaps)));
        if (!navigation.isEmpty()) {
            System.out.printf("  full reloads: saving to the start of the reload: median %d ms; the page load: median %d ms"
                    + " (response at %d ms, DOM ready at %d ms)%n", median(untilNavigation), median(navigation),
                    median(responses), median(contentLoaded));
        }

        long heapBefore = usedHeapAfterGc();
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        for (int i = 0; i < memoryEdits; i++) {
            edit(lessons.get(i % lessons.size()), "memory-" + i);
            rebuildMillis(lines);
        }
        long heapAfter = usedHeapAfterGc();
        System.out.printf("heap after GC: %d MiB before, %d MiB after %d more edits; threads %d -> %d%n",
                heapBefore >> 20, heapAfter >> 20, memoryEdits, threadsBefore,
                ManagementFactory.getThreadMXBean().getThreadCount());
        server.interrupt();
        System.exit(0);
    }

    private static String pageOf(Path lesson) throws IOException {
        String text = Files.readString(lesson);
        Matcher slug = Pattern.compile("(?m)^slug: (\\S+)").matcher(text);
        slug.find();
        String course = lesson.getParent().getParent().getParent().getParent().getFileName().toString();
        return "lessons/" + course + "/" + slug.group(1) + "/";
    }

    /** Puts a marker into the lesson's first paragraph, as an author's small edit would. */
    private static void edit(Path lesson, String marker) throws IOException {
        String text = Files.readString(lesson);
        text = text.replaceFirst("<p>(\\[[^\\]]*\\] )?", "<p>[" + marker + "] ");
        Files.writeString(lesson, text);
    }

    private static long rebuildMillis(BlockingQueue<String> lines) throws InterruptedException {
        String line = awaitLine(lines, "rebuilt in", 120);
        Matcher stages = STAGES.matcher(line);
        if (stages.find()) {
            for (int i = 0; i < 4; i++) {
                STAGE_MILLIS.get(i).add(Long.parseLong(stages.group(i + 1)));
            }
        }
        Matcher m = REBUILT.matcher(line);
        m.find();
        return Long.parseLong(m.group(1));
    }

    private static String awaitLine(BlockingQueue<String> lines, String containing, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.contains(containing)) {
                return line;
            }
        }
        throw new IllegalStateException("no line containing '" + containing + "' within " + seconds + " s");
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** A writer that hands over each complete line. */
    private static final class LineQueue extends Writer {
        private final BlockingQueue<String> lines;
        private final StringBuilder current = new StringBuilder();

        LineQueue(BlockingQueue<String> lines) {
            this.lines = lines;
        }

        @Override
        public synchronized void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines.add(current.toString());
                    current.setLength(0);
                } else {
                    current.append(buffer[i]);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
