package io.buildsite.model;

import java.nio.file.Path;

/**
 * A file published as it is (an image, a download).
 *
 * @param file       where it is on disk
 * @param outputPath where it goes, relative to the site root, e.g. {@code images/x.png}
 */
public record StaticFile(Path file, String outputPath) {
}
