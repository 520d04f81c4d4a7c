package io.buildsite.write;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;

import java.util.Map;

/**
 * The template filters that format numbers, durations and counts in the page's language, and a {@code raw}
 * that keeps packed texts packed ({@link PackedRawFilter}).
 */
final class FormatExtension extends AbstractExtension {
    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("count", new CountFilter(), PackedRawFilter.NAME, new PackedRawFilter());
    }
}
