package io.buildsite.render;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * When the body being rendered on this thread must be done. Some Markdown, whatever its size limit,
 * makes the parser scan the same text again and again (unclosed link titles, HTML declarations); the
 * parser's hooks check the clock, so such a body ends in an error instead of keeping a build busy.
 * Per thread, because the parser builds its inline parser itself and cannot be handed one.
 */
final class RenderDeadline {
    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private record Deadline(long nanos, String message) {
    }

    private RenderDeadline() {
    }

    /** Starts the clock for one body; {@link #clear()} when it is done. */
    static void start(Duration limit) {
        String seconds = BigDecimal.valueOf(limit.toMillis(), 3).stripTrailingZeros().toPlainString();
        CURRENT.set(new Deadline(System.nanoTime() + limit.toNanos(), "takes longer than " + seconds
                + " s to render (stopped in this paragraph): split or simplify it"));
    }

    static void clear() {
        CURRENT.remove();
    }

    /** Throws when time is up, placing the error at {@code offset} (the start of the part being parsed). */
    static void check(int offset) {
        Deadline deadline = CURRENT.get();
        if (deadline != null && System.nanoTime() - deadline.nanos() > 0) {
            throw RenderLimit.at(offset, deadline.message());
        }
    }
}
