package io.buildsite.load;

import io.buildsite.model.ImageSize;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;

/**
 * The size of an image file: a PNG, JPEG or GIF picture's from its header alone (no pixel is decoded),
 * an SVG drawing's from its root ({@link SvgSize}). Other kinds (WebP, AVIF, icons), and files that do
 * not read as what they claim to be, have none: the page then shows them without reserving their place.
 */
final class ImageSizes {
    private static final Set<String> PICTURES = Set.of("png", "jpg", "jpeg", "gif");

    private ImageSizes() {
    }

    /** The size of the image at {@code file}, or null. */
    static ImageSize of(Path file) {
        String extension = ContentMedia.extension(file.getFileName().toString());
        if (extension.equals("svg")) {
            return ofDrawing(file);
        }
        return PICTURES.contains(extension) ? ofPicture(file) : null;
    }

    /** Whichever reader knows the file's first bytes (a .jpg that is a PNG shows in browsers all the same). */
    private static ImageSize ofPicture(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new ImageSize(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private static ImageSize ofDrawing(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Element root = Jsoup.parse(in, null, "", Parser.xmlParser()).children().stream()
                    .filter(e -> e.tagName().equals("svg")).findFirst().orElse(null);
            return root == null ? null : SvgSize.of(root);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
