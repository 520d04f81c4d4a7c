package io.buildsite.load;

import io.buildsite.text.Slugify;

import java.util.regex.Pattern;

/**
 * The one rule for every slug, whichever field or folder it comes from (course, lesson, post, quiz, tag,
 * category): slugs become folder names of the output, so only plain path segments are accepted.
 */
final class Slugs {
    private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._~-]*");

    private Slugs() {
    }

    static boolean isSafe(String slug) {
        return slug != null && slug.length() <= 200 && SAFE.matcher(slug).matches() && !slug.contains("..");
    }

    static String problem(String what, String slug) {
        return what + " '" + slug + "' is not a valid slug: use letters, digits, '-', '_' or '.', "
                + "with no '/', '..' or leading dot";
    }

    /**
     * The slug {@code given} for something named {@code name}, or else the one made from the name; null
     * after reporting at {@code line} when the result breaks the rule.
     */
    static String ofName(String what, String name, String given, ErrorAtLine errors, int line) {
        String slug = given != null ? given : Slugify.slug(name);
        if (isSafe(slug)) {
            return slug;
        }
        errors.report(line, given != null ? problem(what + " slug", given)
                : what + " '" + name + "' makes no slug of letters or digits: give it a 'slug'");
        return null;
    }

    /** Reports a problem at a line of the file being read. */
    interface ErrorAtLine {
        void report(int line, String message);
    }
}
