package io.buildsite.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import io.buildsite.write.Theme;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * Server-Sent Events to the open pages: {@code reload} (with the pages that changed) after a good
 * build, {@code problems} (the diagnostics, for the overlay) after a failed one. A page that connects
 * while the last build failed gets the problems at once, so the overlay survives a reload. A changed
 * page whose frame (head, header, footer, scripts) is unchanged gets its new {@code <main>} swapped in
 * and the theme's enhancements run on it again; any other change reloads the page.
 */
final class LiveReload {
    static final String EVENTS = "/__build-site/events";
    static final String SCRIPT = "/__build-site/live.js";

    /** An open page's event stream; {@link #closed} opens when a write to it fails. */
    private record Client(OutputStream out, CountDownLatch closed) {
    }

    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final Theme theme;
    private volatile String problems;

    LiveReload(Theme theme) {
        this.theme = theme;
    }

    /** Serves one page's event stream until the page goes away (noticed at the next event or ping). */
    void connect(HttpExchange exchange) throws IOException, InterruptedException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange.getResponseBody(), new CountDownLatch(1));
        clients.add(client);
        send(client, "retry: 500\n\n");
        String now = problems;
        if (now != null) {
            send(client, event("problems", now));
        }
        client.closed().await();
    }

    /** A good build: clears the overlay and reloads pages showing what changed. */
    void built(String changedJson) {
        problems = null;
        broadcast(event("reload", changedJson));
    }

    /** A failed build: every open page shows the overlay; the last good site stays served. */
    void failed(String problemsJson) {
        problems = problemsJson;
        broadcast(event("problems", problemsJson));
    }

    /** Keeps connections alive and notices closed pages. */
    void ping() {
        broadcast(": ping\n\n");
    }

    int clientCount() {
        return clients.size();
    }

    /** Ends every stream (when the server stops). */
    void closeAll() {
        clients.forEach(c -> c.closed().countDown());
        clients.clear();
    }

    private void broadcast(String message) {
        for (Client client : clients) {
            send(client, message);
        }
    }

    private void send(Client client, String message) {
        try {
            synchronized (client) {
                client.out().write(message.getBytes(StandardCharsets.UTF_8));
                client.out().flush();
            }
        } catch (IOException e) {
            clients.remove(client);
            client.closed().countDown();
        }
    }

    private static String event(String name, String json) {
        return "event: " + name + "\ndata: " + json.replace("\n", "\ndata: ") + "\n\n";
    }

    /**
     * The script injected into served pages (never into built ones): the theme's {@code serve/live-reload.js},
     * read at each request, so a site's own version is served as soon as it is saved. It listens on {@link #EVENTS}.
     */
    byte[] script() throws IOException {
        return theme.read(Theme.LIVE_RELOAD_SCRIPT)
                .orElseThrow(() -> new IOException("the theme has no " + Theme.LIVE_RELOAD_SCRIPT));
    }
}
