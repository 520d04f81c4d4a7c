package io.buildsite.build;

import io.buildsite.write.Theme;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a change to the theme asks for: nothing, the pages of some page templates, or every page.
 *
 * @param any       whether anything of the theme changed
 * @param onlyKinds the page templates that changed, when nothing else of the theme did; empty for every page
 */
public record ThemeChange(boolean any, Set<String> onlyKinds) {
    public static final ThemeChange NONE = new ThemeChange(false, Set.of());
    public static final ThemeChange ALL = new ThemeChange(true, Set.of());

    public ThemeChange {
        onlyKinds = Set.copyOf(onlyKinds);
    }

    public boolean everything() {
        return any && onlyKinds.isEmpty();
    }

    /**
     * What {@code changed} files of the site ask of the theme; the root itself stands for changes that
     * could not be told apart.
     */
    public static ThemeChange of(SiteLayout layout, Set<Path> changed) {
        Path root = layout.root();
        Path templates = layout.templates();
        Set<String> kinds = new TreeSet<>();
        boolean any = false;
        for (Path path : changed) {
            if (path.equals(root) || path.equals(templates)) {
                return ALL;
            }
            if (!path.startsWith(templates)) {
                continue;
            }
            any = true;
            String name = templates.relativize(path).toString();
            String kind = name.endsWith(".peb") ? name.substring(0, name.length() - 4) : "";
            if (!Theme.PAGE_TEMPLATES.contains(kind)) {
                return ALL;
            }
            kinds.add(kind);
        }
        return any ? new ThemeChange(true, kinds) : NONE;
    }
}
