package io.buildsite.load;

import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.model.QuizListing;
import io.buildsite.model.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the load stage read from each file, kept between builds of a preview session: a file whose
 * modification time and size did not change is not read again, and its diagnostics are reported
 * again as they were. Settings that shape every item (site.yaml, the quiz list) empty the cache.
 */
public final class LoadCache {
    private record Entry(FileTime modified, long size, LoadedFile item, List<Diagnostic> diagnostics) {
    }

    /** What reading one file gave: the item (or null) and the diagnostics it produced. */
    record Read(LoadedFile item, List<Diagnostic> diagnostics) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private SiteConfig config;
    private List<QuizListing> listing;

    /** Empties the cache when the settings that shape items changed. */
    synchronized void validateFor(SiteConfig config, List<QuizListing> listing) {
        if (!Objects.equals(config, this.config) || !Objects.equals(listing, this.listing)) {
            entries.clear();
            this.config = config;
            this.listing = listing;
        }
    }

    Read get(Path file, Function<Path, Read> reader) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return reader.apply(file);
        }
        Entry entry = entries.get(file);
        if (entry != null && entry.modified().equals(attributes.lastModifiedTime()) && entry.size() == attributes.size()) {
            return new Read(entry.item(), entry.diagnostics());
        }
        Read read = reader.apply(file);
        entries.put(file, new Entry(attributes.lastModifiedTime(), attributes.size(), read.item(), read.diagnostics()));
        return read;
    }

    public int size() {
        return entries.size();
    }
}
