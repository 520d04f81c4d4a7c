package io.buildsite.write;

/**
 * Escaping for text and attribute values in the XML files (sitemap, feed): their templates ask for it
 * with {@code {% autoescape "xml" %}}. Characters XML 1.0 does not allow are left out.
 */
final class XmlText {
    static final String ESCAPING = "xml";

    private XmlText() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
