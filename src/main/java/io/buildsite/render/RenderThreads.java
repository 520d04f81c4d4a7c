package io.buildsite.render;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Threads that render bodies, with a stack deep enough for any body the limits let through: flexmark
 * parses and renders by recursion, and at the limits (a 32 Ki-character paragraph of unclosed link titles,
 * a border line of 10,000 characters, 100 levels of nesting) it needs up to some 30 MiB, where Java's
 * threads have 1 MiB. The stack is reserved, not used: a thread touches only what it recurses into. A
 * build's threads end with its render stage.
 */
final class RenderThreads {
    static final long STACK_BYTES = 64L << 20;

    private RenderThreads() {
    }

    /** Runs {@code action} on every item, on as many threads as there are cores; rethrows the first failure. */
    static <T> void forEach(List<T> items, Consumer<T> action) {
        int count = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            try {
                for (int i = next.getAndIncrement(); i < items.size() && failure.get() == null; i = next.getAndIncrement()) {
                    action.accept(items.get(i));
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        };
        Thread[] threads = new Thread[count];
        for (int t = 0; t < count; t++) {
            threads[t] = new Thread(null, work, "render-" + t, STACK_BYTES);
            threads[t].setDaemon(true);
            threads[t].start();
        }
        for (Thread thread : threads) {
            joinUninterruptibly(thread);
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        } else if (failed instanceof Error e) {
            throw e;
        } else if (failed != null) {
            throw new IllegalStateException(failed);
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
