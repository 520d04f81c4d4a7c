package io.buildsite.write;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;

import java.util.Map;

/** The template filters that format numbers, durations and counts in the page's language. */
final class FormatExtension extends AbstractExtension {
    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("count", new CountFilter());
    }
}
