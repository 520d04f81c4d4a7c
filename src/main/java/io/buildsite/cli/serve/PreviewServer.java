package io.buildsite.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.buildsite.build.MemoryOutput;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the in-memory preview over HTTP: the right content types, {@code index.html} for folder
 * addresses, the site's own {@code 404.html}, the base URL's sub-path, and the live-reload script
 * injected into HTML.
 */
final class PreviewServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"), Map.entry("woff2", "font/woff2"));

    static {
        // Without TCP_NODELAY, each small response waits on the browser's delayed ACK: ~40 ms per
        // stylesheet or script, on every reload. Read once, when the JDK's server first loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "build-site-http");
        t.setDaemon(true);
        return t;
    });
    private final AllowedHosts hosts;
    // Set once by start(), before the first request can arrive.
    private MemoryOutput site;
    private LiveReload live;
    private String basePath;

    /**
     * Takes the address at once, so that a busy port is reported before the site is built.
     *
     * @throws Preview.Unavailable when the address cannot be listened on, with a message for the author
     */
    PreviewServer(String host, int port) throws IOException {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new Preview.Unavailable("--host " + host + ": no such address");
        }
        try {
            server = HttpServer.create(address, 64);
        } catch (BindException e) {
            throw new Preview.Unavailable(inUse(address) ? "port " + port + " is in use; try --port " + nextFreePort(address)
                    : "cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
        hosts = AllowedHosts.of(address);
    }

    void start(MemoryOutput site, LiveReload live, String basePath) {
        this.site = site;
        this.live = live;
        this.basePath = basePath;
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    private static boolean inUse(InetSocketAddress address) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(address.getAddress(), 0));
        } catch (IOException e) {
            return false;
        }
        return true;
    }

    private static int nextFreePort(InetSocketAddress address) {
        for (int port = address.getPort() + 1; port <= Math.min(65535, address.getPort() + 100); port++) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.bind(new InetSocketAddress(address.getAddress(), port));
                return port;
            } catch (IOException taken) {
                // try the next one
            }
        }
        return address.getPort() + 1;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            // A page of another site that got its name pointed here (DNS rebinding) must not read the preview.
            if (!hosts.allows(exchange.getRequestHeaders().getFirst("Host"))) {
                send(exchange, 403, "txt", "Forbidden: this preview answers only to its own address\n"
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "txt", "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            if (path.equals(LiveReload.EVENTS)) {
                try {
                    live.connect(exchange);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            if (path.equals(LiveReload.SCRIPT)) {
                send(exchange, 200, "js", live.script());
                return;
            }
            if (!path.startsWith(basePath)) {
                if (path.equals("/") || path.equals(basePath.substring(0, basePath.length() - 1))) {
                    exchange.getResponseHeaders().set("Location", basePath);
                    exchange.sendResponseHeaders(302, -1);
                } else {
                    notFound(exchange);
                }
                return;
            }
            String file = path.substring(basePath.length());
            if (file.contains("..")) {
                notFound(exchange);
                return;
            }
            String name = file.isEmpty() || file.endsWith("/") ? file + "index.html" : file;
            if (!site.has(name) && !file.isEmpty() && !file.endsWith("/") && site.has(file + "/index.html")) {
                exchange.getResponseHeaders().set("Location", basePath + file + "/");
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            byte[] bytes = site.get(name);
            Path onDisk = site.file(name);
            if (bytes != null) {
                send(exchange, 200, extension(name), bytes);
            } else if (onDisk == null || !sendFile(exchange, extension(name), onDisk)) {
                notFound(exchange);
            }
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String english = basePath + "en/";
        byte[] page = path.startsWith(english) && site.get("en/404.html") != null ? site.get("en/404.html") : site.get("404.html");
        if (page == null) {
            page = "<!doctype html><title>404</title><p>Not found".getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, 404, "html", page);
    }

    private void send(HttpExchange exchange, int status, String extension, byte[] bytes) throws IOException {
        if (extension.equals("html")) {
            bytes = withLiveReload(bytes);
        }
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD")) {
            // The JDK server wants a HEAD answer's length as a header, not as the body's length.
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(bytes.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * Sends a file as it is on disk, a block at a time (it may be larger than memory); false when it has
     * gone since the site was built, to be answered as a page that is not there.
     */
    private boolean sendFile(HttpExchange exchange, String extension, Path file) throws IOException {
        long size;
        InputStream in;
        try {
            size = Files.size(file);
            in = Files.newInputStream(file);
        } catch (NoSuchFileException gone) {
            return false;
        }
        try (in) {
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().set("Content-Length", String.valueOf(size));
                exchange.sendResponseHeaders(200, -1);
                return true;
            }
            exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
            try (OutputStream out = exchange.getResponseBody()) {
                in.transferTo(out);
            }
        }
        return true;
    }

    private byte[] withLiveReload(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + LiveReload.SCRIPT + "\" data-base=\"" + org.jsoup.nodes.Entities.escape(basePath)
                + "\"></script>";
        int end = page.lastIndexOf("</body>");
        page = end < 0 ? page + tag : page.substring(0, end) + tag + page.substring(end);
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        live.closeAll();
        server.stop(0);
        threads.shutdownNow();
    }
}
