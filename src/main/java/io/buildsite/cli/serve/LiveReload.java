package io.buildsite.cli.serve;

import com.sun.net.httpserver.HttpExchange;

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
    private volatile String problems;

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

    /** The script injected into served pages (never into built ones). */
    static String script() {
        return """
                (function () {
                  var base = document.currentScript.getAttribute('data-base') || '/';
                  var overlay = null;
                  function page() {
                    var p = decodeURIComponent(location.pathname);
                    p = p.indexOf(base) === 0 ? p.slice(base.length) : p.replace(/^\\//, '');
                    return p === '' || /\\/$/.test(p) ? p + 'index.html' : p;
                  }
                  function hide() { if (overlay) { overlay.remove(); overlay = null; } }
                  function show(report) {
                    hide();
                    overlay = document.createElement('div');
                    overlay.id = 'build-site-overlay';
                    overlay.setAttribute('role', 'alert');
                    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,20,.92);'
                      + 'color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2rem;overflow:auto;white-space:pre-wrap';
                    var title = document.createElement('strong');
                    title.style.cssText = 'display:block;color:#ff8a80;font-size:16px;margin-bottom:1rem';
                    title.textContent = 'build-site: ' + report.summary + ' - the last good version is shown behind this';
                    overlay.appendChild(title);
                    report.lines.forEach(function (line) {
                      var row = document.createElement('div');
                      row.textContent = line;
                      overlay.appendChild(row);
                    });
                    document.body.appendChild(overlay);
                  }
                  function swap() {
                    var main = document.getElementById('main');
                    if (!main || !window.fetch || !window.DOMParser || document.getElementById('quiz-app')) {
                      location.reload();
                      return;
                    }
                    fetch(location.pathname + location.search, { cache: 'no-store' }).then(function (r) {
                      if (!r.ok) { throw new Error('status ' + r.status); }
                      return r.text();
                    }).then(function (html) {
                      var next = new DOMParser().parseFromString(html, 'text/html');
                      var fresh = next.getElementById('main');
                      if (!fresh) { location.reload(); return; }
                      var x = window.scrollX, y = window.scrollY;
                      main.replaceWith(document.adoptNode(fresh));
                      window.scrollTo(x, y);
                      if (window.Prism && window.Prism.highlightAllUnder) { window.Prism.highlightAllUnder(fresh); }
                      document.dispatchEvent(new CustomEvent('build-site:swapped', { detail: fresh }));
                      window.buildSiteLive = { swapped: Date.now() };
                    }).catch(function () { location.reload(); });
                  }
                  var events = new EventSource('/__build-site/events');
                  events.addEventListener('problems', function (e) { show(JSON.parse(e.data)); });
                  events.addEventListener('reload', function (e) {
                    var change = JSON.parse(e.data);
                    if (change.all) { location.reload(); return; }
                    // The server compared the page with what it was: only <main> changed, so only <main> is swapped.
                    if ((change.swap || []).indexOf(page()) >= 0) { hide(); swap(); return; }
                    if (change.pages.indexOf(page()) >= 0) { location.reload(); return; }
                    if (overlay) { location.reload(); }
                  });
                })();
                """;
    }
}
