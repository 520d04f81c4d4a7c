package io.buildsite.model;

import java.nio.file.Path;

/**
 * A file published as it is (an image, a download), or cleaned first (an SVG image of the content).
 *
 * @param file       where it is on disk
 * @param source     its path relative to the source root, e.g. {@code content/images/x.png}, for diagnostics
 * @param outputPath where it goes, relative to the site root, e.g. {@code images/x.png}
 * @param cleaned    the text to publish instead of the file's bytes, or null to copy the file
 * @param imageSize  the image's size, read when it was loaded; null for a file that is no image or
 *                   whose size cannot be read
 */
public record StaticFile(Path file, String source, String outputPath, PackedText cleaned, ImageSize imageSize) {
    /** A file whose size as an image is not known. */
    public StaticFile(Path file, String source, String outputPath, PackedText cleaned) {
        this(file, source, outputPath, cleaned, null);
    }
}
