package io.buildsite.assemble;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.Tag;
import io.buildsite.text.Slugify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags of one slug share one page, so within a language they must be one tag: the same name written
 * again (in any case, with or without marks) is merged into it; another name is an error at the later
 * one, as its page would silently take the first one's. A translation may give its tag another name
 * under the original's slug: it is shown in another language's tree.
 */
final class TagSlugs {
    /** The tags of one content file, in the language the file is written for. */
    record Tagged(String path, String lang, List<Tag> tags) {
    }

    private record Written(String path, Tag tag) {
    }

    private TagSlugs() {
    }

    static void check(List<Tagged> files, Diagnostics diagnostics) {
        List<Tagged> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparing(Tagged::path));
        Map<String, Written> first = new HashMap<>();
        for (Tagged file : ordered) {
            for (Tag tag : file.tags()) {
                Written earlier = first.putIfAbsent(file.lang() + " " + tag.slug(), new Written(file.path(), tag));
                if (earlier != null && !sameName(earlier.tag().name(), tag.name())) {
                    diagnostics.error(file.path(), tag.line(), 1, "tag '" + tag.name() + "' has the slug '" + tag.slug()
                            + "' of tag '" + earlier.tag().name() + "' (" + earlier.path() + ":" + earlier.tag().line()
                            + "): give one of them a 'slug' of its own");
                }
            }
        }
    }

    private static boolean sameName(String a, String b) {
        return folded(a).equals(folded(b));
    }

    private static String folded(String name) {
        return Slugify.fold(name).strip().replaceAll("\\s+", " ");
    }
}
