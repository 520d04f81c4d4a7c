package io.buildsite.model;

/**
 * UI strings a rendered body shows: the alerts' labels and the footnotes' way back. A body is shared by
 * both language trees, so it holds a marker for each ({@link #marker()}), which the write stage replaces
 * with the text of {@link #key()} in the page's dictionary (see {@link LinkMarkers#resolve}).
 */
public enum PageLabel {
    NOTE('N', "alert_note"),
    TIP('T', "alert_tip"),
    IMPORTANT('I', "alert_important"),
    WARNING('W', "alert_warning"),
    CAUTION('C', "alert_caution"),
    FOOTNOTE_BACK('B', "footnote_back");

    private final char letter;
    private final String key;

    PageLabel(char letter, String key) {
        this.letter = letter;
        this.key = key;
    }

    /** NUL, a letter of its own and a slash, as {@link LinkMarkers}' are. */
    public String marker() {
        return "\u0000" + letter + "/";
    }

    public String key() {
        return key;
    }

    /** The label a marker's letter stands for, or null when it stands for none. */
    static PageLabel ofLetter(int letter) {
        for (PageLabel label : values()) {
            if (label.letter == letter) {
                return label;
            }
        }
        return null;
    }
}
