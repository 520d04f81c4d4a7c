package io.buildsite.build;

import java.nio.charset.StandardCharsets;

/**
 * A built page's frame: everything but its {@code <main>} (head, header, footer, scripts). When an
 * edit leaves a page's frame as it was, an open page can take the new {@code <main>} in place of a
 * full reload.
 */
final class PageFrame {
    private static final String OPEN = "<main id=\"main\"";
    private static final String CLOSE = "</main>";

    private PageFrame() {
    }

    /** Whether the two versions of a page differ at most inside their {@code <main>}. */
    static boolean onlyMainDiffers(byte[] before, byte[] after) {
        if (before == null || after == null) {
            return false;
        }
        String a = new String(before, StandardCharsets.UTF_8);
        String b = new String(after, StandardCharsets.UTF_8);
        int aOpen = a.indexOf(OPEN);
        int bOpen = b.indexOf(OPEN);
        int aClose = a.lastIndexOf(CLOSE);
        int bClose = b.lastIndexOf(CLOSE);
        if (aOpen < 0 || aOpen != bOpen || aClose < aOpen || bClose < bOpen) {
            return false;
        }
        return a.regionMatches(0, b, 0, aOpen) && a.substring(aClose).equals(b.substring(bClose));
    }
}
