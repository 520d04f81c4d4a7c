package io.buildsite.render;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * When the body being rendered on this thread must be done. Some Markdown, whatever its size limit,
 * makes the parser scan the same text again and again (unclosed link titles, HTML declarations); the
 * parser's hooks check the clock, so such a body ends in an error instead of keeping a build busy.
 * The clock is the thread's CPU time, so a busy machine or a pause of the collector does not turn a
 * body that is fine into an error; read once every {@link #CALLS_PER_READ} checks, as reading it is a
 * call into the system. Per thread, because the parser builds its inline parser itself and cannot be
 * handed one.
 */
final class RenderDeadline {
    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int CALLS_PER_READ = 64;

    private static final class Deadline {
        final long cpuNanos;
        final String message;
        int calls;

        Deadline(long cpuNanos, String message) {
            this.cpuNanos = cpuNanos;
            this.message = message;
        }
    }

    private RenderDeadline() {
    }

    /** Starts the clock for one body; {@link #clear()} when it is done. */
    static void start(Duration limit) {
        String seconds = BigDecimal.valueOf(limit.toMillis(), 3).stripTrailingZeros().toPlainString();
        CURRENT.set(new Deadline(cpuNow() + limit.toNanos(), "takes longer than " + seconds
                + " s to render (stopped in this paragraph): split or simplify it"));
    }

    static void clear() {
        CURRENT.remove();
    }

    /** Throws when time is up, placing the error at {@code offset} (the start of the part being parsed). */
    static void check(int offset) {
        Deadline deadline = CURRENT.get();
        if (deadline != null && ++deadline.calls % CALLS_PER_READ == 0 && cpuNow() - deadline.cpuNanos > 0) {
            throw RenderLimit.at(offset, deadline.message);
        }
    }

    /** This thread's CPU time; wall time where the JVM cannot tell it. */
    private static long cpuNow() {
        long cpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        return cpu >= 0 ? cpu : System.nanoTime();
    }
}
