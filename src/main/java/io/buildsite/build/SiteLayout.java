package io.buildsite.build;

import io.buildsite.write.OutputFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a site's inputs are, and where a build puts what it makes unless told otherwise.
 *
 * @param named the site root as the author named it, for messages
 * @param root  the same, absolute and with every link resolved: no path depends on the working
 *              directory or on which link led to the site
 */
public record SiteLayout(Path named, Path root) {
    /** The site's settings file, in the root. */
    public static final String SETTINGS = "site.yaml";
    /** The folders of the root that hold inputs; with {@link #SETTINGS}, everything a build reads. */
    public static final List<String> INPUT_FOLDERS = List.of("content", "data", "templates", "static");
    /** The output folder in the site root, unless the author names another. */
    public static final String OUTPUT_FOLDER = "site-output";
    /** The build cache's folder in the site root, unless the author names another. */
    public static final String CACHE_FOLDER = ".build-site-cache";

    /** The site at {@code source}, which must be a folder with a {@code content/} folder. */
    static SiteLayout of(Path source) throws SiteBuild.Refused {
        String problem = !Files.isDirectory(source) ? "source folder not found: " + source
                : !Files.isDirectory(source.resolve("content"))
                ? source + " has no content/ folder: is it a site root?" : null;
        if (problem != null) {
            throw new SiteBuild.Refused(problem);
        }
        try {
            return new SiteLayout(source, source.toRealPath());
        } catch (IOException e) {
            throw new SiteBuild.Refused("cannot open the source folder " + source + ": " + e.getMessage());
        }
    }

    /** The site at {@code source} that new content is written into: it may have no content/ yet, or not exist. */
    public static SiteLayout forNewContent(Path source) throws IOException {
        return new SiteLayout(source, OutputFolder.realPath(source));
    }

    public Path templates() {
        return root.resolve("templates");
    }

    /** The output folder when none is named, as the author would name it. */
    Path defaultOutput() {
        return named.resolve(OUTPUT_FOLDER);
    }

    /** A file's path from the root with {@code /} separators, as diagnostics name it; null outside the root. */
    String pathOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/') : null;
    }
}
