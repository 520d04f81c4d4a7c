package io.buildsite.load;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.PackedText;
import io.buildsite.model.StaticFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the files a site publishes as they are, from {@code static/} and beside the lessons in {@code content/}.
 * Each image carries its size ({@link ImageSizes}), read here, where files are read, so that the render
 * stage can reserve its place on the page; an image file over {@link #LARGE_IMAGE} bytes is warned about
 * at the file, once however many pages show it.
 */
final class StaticFileReader {
    /** 1 MB: beyond it an image alone outweighs a whole lesson page many times over on a phone's connection. */
    static final long LARGE_IMAGE = 1_000_000;

    private StaticFileReader() {
    }

    /** A file of {@code static/}. */
    static StaticFile read(Path file, String path, String outputPath, Diagnostics diagnostics) {
        reportIfLarge(file, path, diagnostics);
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
        reportIfLarge(file, path, diagnostics);
        return new StaticFile(file, path, outputPath, PackedText.of(svg.svg()), svg.size());
    }

    private static void reportIfLarge(Path file, String path, Diagnostics diagnostics) {
        if (!ContentMedia.isImage(file.getFileName().toString())) {
            return;
        }
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            return; // copying it reports what is wrong with it
        }
        if (bytes > LARGE_IMAGE) {
            // Rounded up, so that a file just over the limit never reads as 1.0 MB.
            String size = String.format(Locale.ROOT, "%.1f", Math.ceil(bytes / 100_000.0) / 10);
            diagnostics.warning(path, 1, 1, "image of " + size + " MB, over 1 MB: every page that shows it "
                    + "waits for it; scale it down or compress it");
        }
    }
}
