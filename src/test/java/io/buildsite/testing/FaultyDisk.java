package io.buildsite.testing;

import io.buildsite.write.OutputDisk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * This machine's disk, except that the nth folder made, or the nth file written or copied, fails the way
 * a full, read-only or changing disk does. Works as any user, root included, where taking away permission
 * bits would not.
 */
public final class FaultyDisk implements OutputDisk {
    /** What the failing call does instead, given the path it was to make. */
    public interface Failure {
        void at(Path target) throws IOException;
    }

    /** Which calls are counted. */
    public enum Calls { FOLDERS, FILES }

    private final Calls counted;
    private final int nth;
    private final Failure failure;
    private final AtomicInteger calls = new AtomicInteger();

    public FaultyDisk(Calls counted, int nth, Failure failure) {
        this.counted = counted;
        this.nth = nth;
        this.failure = failure;
    }

    private void count(Calls kind, Path target) throws IOException {
        if (kind == counted && calls.incrementAndGet() == nth) {
            failure.at(target);
        }
    }

    @Override
    public void createFolders(Path folder) throws IOException {
        count(Calls.FOLDERS, folder);
        LOCAL.createFolders(folder);
    }

    @Override
    public void write(Path file, byte[] bytes) throws IOException {
        count(Calls.FILES, file);
        LOCAL.write(file, bytes);
    }

    @Override
    public void copy(Path from, Path file) throws IOException {
        count(Calls.FILES, file);
        LOCAL.copy(from, file);
    }
}
