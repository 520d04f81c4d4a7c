package io.buildsite.load;

import java.util.Locale;
import java.util.Set;

/**
 * The files {@code content/} publishes beside the lessons: images, audio, video and PDF. Anything else
 * there (a page, a script, a stylesheet) could run with the site's origin or take the place of a page,
 * so it belongs in {@code static/}, which the site's owner keeps.
 */
final class ContentMedia {
    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "webp", "avif", "ico", "svg");
    private static final Set<String> EXTENSIONS = Set.of(
            "png", "jpg", "jpeg", "gif", "webp", "avif", "ico", "svg",
            "mp3", "m4a", "aac", "oga", "ogg", "opus", "wav", "flac", "weba",
            "mp4", "m4v", "webm", "ogv", "mov",
            "pdf");

    static final String NOT_PUBLISHED = "not published: content/ publishes images, audio, video and PDF only; "
            + "put other files in static/";

    private ContentMedia() {
    }

    static boolean isMedia(String fileName) {
        return EXTENSIONS.contains(extension(fileName));
    }

    static boolean isSvg(String fileName) {
        return extension(fileName).equals("svg");
    }

    /** Whether the file is a picture or a drawing, by its extension. */
    static boolean isImage(String fileName) {
        return IMAGES.contains(extension(fileName));
    }

    /** The file name's extension in lower case, or "" when it has none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
