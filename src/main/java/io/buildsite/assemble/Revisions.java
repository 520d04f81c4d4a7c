package io.buildsite.assemble;

import io.buildsite.assemble.Views.Revision;
import io.buildsite.model.SiteConfig;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A page's last change and where its source file is edited, as its template shows them. */
final class Revisions {
    private Revisions() {
    }

    /** @param updated RFC 3339 date or date-time the content last changed, or null */
    static Revision of(SiteConfig config, String sourcePath, String updated, String lang) {
        return new Revision(Dates.display(updated, lang), Dates.iso(updated),
                config.editUrl() == null ? null : config.editUrl() + encodedPath(sourcePath));
    }

    /** {@code path} with each segment percent-encoded (a space as {@code %20}), its slashes kept. */
    static String encodedPath(String path) {
        return Arrays.stream(path.split("/", -1))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }
}
