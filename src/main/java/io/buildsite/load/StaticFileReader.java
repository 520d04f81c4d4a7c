package io.buildsite.load;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.PackedText;
import io.buildsite.model.StaticFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the files a site publishes as they are, from {@code static/} and beside the lessons in {@code content/}.
 * Each image carries its size ({@link ImageSizes}), read here, where files are read, so that the render
 * stage can reserve its place on the page.
 */
final class StaticFileReader {
    private StaticFileReader() {
    }

    /** A file of {@code static/}. */
    static StaticFile read(Path file, String path, String outputPath, Diagnostics diagnostics) {
        return new StaticFile(file, path, outputPath, null, ImageSizes.of(file));
    }

    /**
     * A file of {@code content/} beside the lessons: published when it is an image, audio, video or PDF,
     * an SVG image cleaned first; anything else is reported and left out (null).
     */
    static StaticFile readMedia(Path file, String path, String outputPath, Diagnostics diagnostics) {
        String fileName = file.getFileName().toString();
        if (!ContentMedia.isMedia(fileName)) {
            diagnostics.warning(path, 1, 1, ContentMedia.NOT_PUBLISHED);
            return null;
        }
        if (!ContentMedia.isSvg(fileName)) {
            return read(file, path, outputPath, diagnostics);
        }
        SvgSanitizer.Cleaned svg;
        try {
            svg = SvgSanitizer.clean(Files.readAllBytes(file));
        } catch (IOException e) {
            diagnostics.error(path, 1, 1, "cannot read file: " + e.getMessage());
            return null;
        }
        if (!svg.removed().isEmpty()) {
            diagnostics.warning(path, svg.firstLine(), 1, "SVG image cleaned before publishing: removed "
                    + String.join(", ", svg.removed()));
        }
        return new StaticFile(file, path, outputPath, PackedText.of(svg.svg()), svg.size());
    }
}
