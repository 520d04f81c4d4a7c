package io.buildsite.load;

import io.buildsite.text.Slugify;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The one rule for every slug, whichever field or folder it comes from (course, lesson, post, quiz, tag,
 * category): slugs become folder names of the output, so only plain path segments are accepted, short
 * enough for a file system to hold as a name.
 */
public final class Slugs {
    private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._~-]*");
    /**
     * File systems hold names of up to 255 bytes, counted in UTF-8 (a Vietnamese letter such as 'ệ' is three),
     * and refuse a longer one only when the build writes it: a slug is kept well below that.
     */
    static final int MAX_BYTES = 200;

    private Slugs() {
    }

    public static boolean isSafe(String slug) {
        return isPlain(slug) && bytes(slug) <= MAX_BYTES;
    }

    private static boolean isPlain(String slug) {
        return slug != null && SAFE.matcher(slug).matches() && !slug.contains("..");
    }

    private static int bytes(String slug) {
        return slug.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Why {@code slug}, given as {@code what}, breaks the rule. */
    public static String problem(String what, String slug) {
        if (isPlain(slug)) {
            return what + " '" + slug.substring(0, Math.min(slug.length(), 20)) + "…' is " + bytes(slug)
                    + " bytes long in UTF-8, too long for a folder name (file systems hold 255 bytes): keep it to "
                    + MAX_BYTES;
        }
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
