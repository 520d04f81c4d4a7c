package io.buildsite.text;

/**
 * Plain text written as Markdown bodies are: {@code ---} is an em dash (the convention of the
 * posts converted by pandoc), as the body renderer makes it; a longer or shorter run of dashes stays.
 */
public final class Dashes {
    private static final String EM_DASH = "\u2014";

    private Dashes() {
    }

    public static String emDashes(String text) {
        if (text == null || !text.contains("---")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int run = 0;
            while (i + run < text.length() && text.charAt(i + run) == '-') {
                run++;
            }
            if (run == 0) {
                out.append(text.charAt(i++));
            } else {
                out.append(run == 3 ? EM_DASH : text.substring(i, i + run));
                i += run;
            }
        }
        return out.toString();
    }
}
