package io.buildsite.load;

import java.util.regex.Pattern;

/** Slugs become folder names of the output: only plain path segments are accepted. */
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
}
