package io.buildsite.cli;

import io.buildsite.build.StageListener;

import java.io.PrintWriter;

/** One line per build stage on stderr, with counts and time, silent with --quiet; notices always. */
final class Progress implements StageListener {
    private final PrintWriter err;
    private final boolean quiet;
    private long started = System.nanoTime();

    Progress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public void stage(String name, String counts) {
        long now = System.nanoTime();
        if (!quiet) {
            err.printf("%-9s %s (%d ms)%n", name + ":", counts, (now - started) / 1_000_000);
            err.flush();
        }
        started = now;
    }

    @Override
    public void notice(String message) {
        err.println("build-site: warning: " + message);
        err.flush();
    }
}
