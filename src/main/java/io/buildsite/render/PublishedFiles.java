package io.buildsite.render;

import io.buildsite.model.ImageSize;
import io.buildsite.model.StaticFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a body may link to and show beside the pages: the files the site publishes, by output path, and
 * the size the load stage read of each image that has one. A render depends on both: which images exist,
 * and the width and height written on them.
 */
record PublishedFiles(Set<String> paths, Map<String, ImageSize> imageSizes) {
    PublishedFiles {
        paths = Set.copyOf(paths);
        imageSizes = Map.copyOf(imageSizes);
    }

    static PublishedFiles of(List<StaticFile> files) {
        Map<String, ImageSize> sizes = new HashMap<>();
        for (StaticFile file : files) {
            if (file.imageSize() != null) {
                sizes.put(file.outputPath(), file.imageSize());
            }
        }
        return new PublishedFiles(files.stream().map(StaticFile::outputPath).collect(Collectors.toSet()), sizes);
    }

    boolean contains(String path) {
        return paths.contains(path);
    }

    /** The image's size, or null when the file is no image or its size is not known. */
    ImageSize imageSize(String path) {
        return imageSizes.get(path);
    }

    /** One line per file, with its size when it has one, in the same order in every run: for the cache's keys. */
    String listing() {
        return new TreeSet<>(paths).stream().map(path -> {
            ImageSize size = imageSizes.get(path);
            return size == null ? path : path + " " + size.width() + "x" + size.height();
        }).collect(Collectors.joining("\n"));
    }
}
