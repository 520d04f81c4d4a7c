package io.buildsite.write;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes on all cores. The first failure stops the writes not yet begun and is thrown only once every
 * write under way has ended: a parallel stream rethrows at once while its other threads go on, which
 * left them writing into an output folder that was being removed.
 */
final class ParallelWrites {
    /** One write. */
    interface Write<T> {
        void write(T item) throws IOException;
    }

    private ParallelWrites() {
    }

    static <T> void each(List<T> items, Write<T> write) throws IOException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        items.parallelStream().forEach(item -> {
            if (failure.get() != null) {
                return;
            }
            try {
                write.write(item);
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        });
        Throwable failed = failure.get();
        if (failed instanceof IOException e) {
            throw e;
        } else if (failed instanceof RuntimeException e) {
            throw e;
        } else if (failed instanceof Error e) {
            throw e;
        } else if (failed != null) {
            throw new IllegalStateException(failed);
        }
    }
}
