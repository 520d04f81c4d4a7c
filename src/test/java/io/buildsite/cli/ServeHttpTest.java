package io.buildsite.cli;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code serve} answers over HTTP, without a browser. */
class ServeHttpTest {
    @TempDir
    Path dir;

    private Thread serving;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private String serve(String... extra) throws Exception {
        TestSite.in(dir).course("c", "title: C").lesson("c", "01-a.md", "title: A\nslug: a", "<p>a</p>");
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("serve", "--quiet", "--source",
                dir.toString(), "--port", String.valueOf(port)), java.util.stream.Stream.of(extra)).toArray(String[]::new);
        serving = new Thread(() -> TestSite.run(args));
        serving.setDaemon(true);
        serving.start();
        String base = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.discarding());
                return base;
            } catch (java.io.IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("serve did not start");
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (serving != null) {
            serving.interrupt();
            serving.join(5000);
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesBothLanguagesWithTheirContentTypes() throws Exception {
        String base = serve();

        HttpResponse<String> lesson = get(base + "/lessons/c/a/");
        assertThat(lesson.statusCode()).isEqualTo(200);
        assertThat(lesson.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(get(base + "/en/lessons/c/a/").statusCode()).isEqualTo(200);
        assertThat(get(base + "/assets/site.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(get(base + "/assets/site.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(get(base + "/robots.txt").headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(get(base + "/llms.txt").headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(get(base + "/lessons/c/a/index.md").headers().firstValue("Content-Type"))
                .hasValue("text/markdown; charset=utf-8");
    }

    @Test
    void aDraftIsServedWithItsBadge() throws Exception {
        TestSite.in(dir).lesson("c", "02-b.md", "title: B\nslug: b\ndraft: true", "<p>b</p>");
        String base = serve();

        HttpResponse<String> draft = get(base + "/en/lessons/c/b/");

        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.body()).contains("<p class=\"notice-draft\" role=\"note\"><span class=\"badge\">Draft</span> "
                + "This page is a draft, not yet published.</p>");
    }

    @Test
    void aStaticFileIsServedFromItsFileWhateverItsSize() throws Exception {
        byte[] bytes = new byte[300_000];
        new java.util.Random(7).nextBytes(bytes);
        TestSite.in(dir).bytes("static/files/data.bin", bytes);
        String base = serve();

        HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(base + "/files/data.bin")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<Void> head = http.send(HttpRequest.newBuilder(URI.create(base + "/files/data.bin"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(bytes);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Length")).hasValue("300000");
    }

    @Test
    void anUnknownAddressGetsTheSitesOwn404Page() throws Exception {
        String base = serve();

        HttpResponse<String> missing = get(base + "/no/such/page/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("class=\"page-404\"");
        assertThat(get(base + "/en/no/such/page/").body()).contains("<html lang=\"en\"");
    }

    @Test
    void aFolderAddressWithoutItsSlashIsRedirected() throws Exception {
        String base = serve();

        HttpResponse<String> response = get(base + "/lessons/c/a");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("/lessons/c/a/");
    }

    @Test
    void servesUnderTheBaseUrlsSubPath() throws Exception {
        String base = serve("--base-url", "https://example.github.io/repo/");

        assertThat(get(base + "/repo/lessons/c/a/").statusCode()).isEqualTo(200);
        HttpResponse<String> root = get(base + "/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValue("/repo/");
    }

    @Test
    void theLiveReloadScriptIsInjectedWhenServingButNeverBuilt() throws Exception {
        String base = serve();

        assertThat(get(base + "/lessons/c/a/").body()).contains("<script src=\"/__build-site/live.js\"");
        assertThat(get(base + "/__build-site/live.js").body()).contains("EventSource");

        Path out = Files.createTempDirectory("built");
        assertThat(TestSite.run("build", "--quiet", "--source", dir.toString(), "--output", out.resolve("s").toString())
                .exitCode()).isZero();
        assertThat(Files.readString(out.resolve("s/lessons/c/a/index.html"))).doesNotContain("__build-site");
        try (java.util.stream.Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).doesNotContain("live-reload.js");
        }
    }

    @Test
    void aSitesOwnLiveReloadScriptIsServed() throws Exception {
        TestSite.in(dir).file("templates/serve/live-reload.js", "new EventSource('/__build-site/events');\n");
        String base = serve();

        assertThat(get(base + "/__build-site/live.js").body()).isEqualTo("new EventSource('/__build-site/events');\n");
    }

    @Test
    void aBusyPortIsOneLineAndAUsageErrorBeforeAnyBuild() throws Exception {
        TestSite.in(dir).course("c", "title: C").lesson("c", "01-a.md", "title: A\nslug: a", "<p><img src=\"/gone.png\" alt=\"x\"></p>");
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            int port = busy.getLocalPort();

            TestSite.Result result = TestSite.run("serve", "--source", dir.toString(), "--port", String.valueOf(port));

            assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(result.stderr().strip()).matches("build-site: port " + port + " is in use; try --port \\d+");
        }
    }

    @Test
    void aPortOutOfRangeIsOneLineAndAUsageError() throws Exception {
        TestSite.in(dir).course("c", "title: C");

        TestSite.Result result = TestSite.run("serve", "--source", dir.toString(), "--port", "99999");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr().strip()).isEqualTo("build-site: --port 99999: use a port from 1 to 65535");
    }

    @Test
    void aHeadRequestGetsTheHeadersAloneAndNoWarning() throws Exception {
        String base = serve();
        java.util.List<java.util.logging.LogRecord> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger server = java.util.logging.Logger.getLogger("com.sun.net.httpserver");
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        server.addHandler(handler);
        try {
            HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(base + "/lessons/c/a/"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(head.headers().firstValueAsLong("Content-Length").orElse(0))
                    .isEqualTo(get(base + "/lessons/c/a/").body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            assertThat(head.body()).isEmpty();
            assertThat(logged).extracting(java.util.logging.LogRecord::getMessage).noneMatch(m -> m.contains("HEAD"));
        } finally {
            server.removeHandler(handler);
        }
    }

    @Test
    void aRequestNamingAnotherHostIsForbidden() throws Exception {
        String base = serve();
        int port = URI.create(base).getPort();

        assertThat(rawStatus(port, "attacker.example:" + port, "/__build-site/events")).isEqualTo(403);
        assertThat(rawStatus(port, "attacker.example", "/lessons/c/a/")).isEqualTo(403);
        assertThat(rawStatus(port, "localhost:" + port, "/lessons/c/a/")).isEqualTo(200);
        assertThat(rawStatus(port, "127.0.0.1:" + port, "/lessons/c/a/")).isEqualTo(200);
        assertThat(rawStatus(port, "[::1]:" + port, "/lessons/c/a/")).isEqualTo(200);
    }

    /** The status of a GET sent by hand, since Java's HTTP client will not send another Host. */
    private static int rawStatus(int port, String host, String path) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }
}
