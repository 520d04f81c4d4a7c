package io.buildsite.testing;

import io.buildsite.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A small site root made inside a test, built through the real command line (no System.exit). */
public final class TestSite {
    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    public static TestSite in(Path root) {
        return new TestSite(root);
    }

    public Path root() {
        return root;
    }

    public TestSite file(String relativePath, String text) throws IOException {
        Path file = root.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    public TestSite bytes(String relativePath, byte[] bytes) throws IOException {
        Path file = root.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return this;
    }

    /** A course with front matter {@code yaml} (without the --- lines) at content/series/cat/{slug}/index.md. */
    public TestSite course(String slug, String yaml) throws IOException {
        return file("content/series/cat/" + slug + "/index.md", "---\n" + yaml + "\n---\n");
    }

    public TestSite lesson(String course, String fileName, String yaml, String body) throws IOException {
        return file("content/series/cat/" + course + "/chapters/01-a/lessons/" + fileName,
                "---\n" + yaml + "\n---\n" + body);
    }

    public Result build(String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("build", "--quiet", "--source", root.toString(),
                "--output", root.resolve("site-output").toString()));
        args.addAll(List.of(extraArgs));
        return run(args.toArray(String[]::new));
    }

    public Path output() {
        return root.resolve("site-output");
    }

    public static Result run(String... args) {
        args = withScratchCache(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * A build of the sample site or of the shared corpus keeps its build cache in a scratch folder, not in
     * the site's own {@code .build-site-cache/}: tests write nothing into the checkout or into ../shared.
     */
    private static String[] withScratchCache(String[] args) {
        List<String> list = List.of(args);
        int source = list.indexOf("--source");
        if (list.isEmpty() || !list.get(0).equals("build") || list.contains("--cache-dir") || source < 0
                || source + 1 >= list.size()) {
            return args;
        }
        Path root = Path.of(list.get(source + 1)).toAbsolutePath().normalize();
        if (!root.equals(ProjectSite.root()) && !root.equals(Path.of("..", "shared", "corpus").toAbsolutePath().normalize())) {
            return args;
        }
        List<String> withCache = new ArrayList<>(list);
        withCache.addAll(List.of("--cache-dir", ScratchCache.FOLDER.toString()));
        return withCache.toArray(String[]::new);
    }

    /** One scratch cache folder per test run, removed when the JVM ends. */
    private static final class ScratchCache {
        static final Path FOLDER = make();

        private static Path make() {
            try {
                Path folder = Files.createTempDirectory("build-site-test-cache-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
                        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                    } catch (IOException ignored) {
                        // a temp folder: the system clears it in the end
                    }
                }));
                return folder;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    public record Result(int exitCode, String stdout, String stderr) {
        /** The diagnostic lines ({@code path:line:col: severity: message}). */
        public List<String> diagnostics() {
            return stderr.lines().filter(l -> l.matches("^[^\\s:]+:\\d+:\\d+: (error|warning): .*")).toList();
        }
    }

    public String read(String outputPath) throws IOException {
        return Files.readString(output().resolve(outputPath), StandardCharsets.UTF_8);
    }
}
