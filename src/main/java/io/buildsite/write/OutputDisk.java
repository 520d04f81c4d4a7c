package io.buildsite.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What the output folder asks of the disk: folders, new files, copies of files. It is where a build meets
 * the machine (a full disk, a folder it may not write), so a test can stand in a disk that fails.
 */
public interface OutputDisk {
    /** The disk of this machine. */
    OutputDisk LOCAL = new Local();

    /** Makes {@code folder} and the folders above it that are missing. */
    void createFolders(Path folder) throws IOException;

    /** Writes a new file; one that exists already is an error, never overwritten. */
    void write(Path file, byte[] bytes) throws IOException;

    /** Copies {@code from} into a new file {@code file} a block at a time, whatever its size. */
    void copy(Path from, Path file) throws IOException;

    /** The disk of this machine. */
    final class Local implements OutputDisk {
        private Local() {
        }

        @Override
        public void createFolders(Path folder) throws IOException {
            Files.createDirectories(folder);
        }

        /**
         * One write call for the whole file (a stream would write it 8 KB at a time). A file is written once:
         * writing it again would go through a link into the previous output, and means two makers of one file.
         */
        @Override
        public void write(Path file, byte[] bytes) throws IOException {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        }

        @Override
        public void copy(Path from, Path file) throws IOException {
            Files.copy(from, file);
        }
    }
}
