package io.buildsite.build;

import io.buildsite.write.Theme;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a change to the theme asks for: nothing, the pages of some page templates, or every page. A change
 * to a theme file that no page uses (the feed's, the sitemap's or robots.txt's template, the preview's
 * script) re-renders no page: the site-wide files are written again after any change of the theme.
 *
 * @param any       whether anything of the theme changed
 * @param onlyKinds when nothing else of the theme changed, the page templates that did, by kind
 *                  ({@code lesson}), and the files no page uses, by name ({@code sitemap.xml},
 *                  {@code serve/live-reload.js}); empty for every page
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
            String name = templates.relativize(path).toString().replace('\\', '/');
            String template = name.endsWith(".peb") ? name.substring(0, name.length() - 4) : "";
            if (Theme.PAGE_TEMPLATES.contains(template) || Theme.SITE_FILE_TEMPLATES.contains(template)) {
                kinds.add(template);
            } else if (name.equals(Theme.LIVE_RELOAD_SCRIPT)) {
                kinds.add(name);
            } else {
                return ALL;
            }
        }
        return any ? new ThemeChange(true, kinds) : NONE;
    }
}
