package io.buildsite.load;

import java.util.List;
import java.util.Map;

/**
 * A content file split into its YAML front matter and its body.
 *
 * @param bodyLine 1-based file line on which the body starts
 */
record FrontMatter(Map<String, Object> data, String body, int bodyLine, boolean closed) {

    private static final String DELIMITER = "---";

    /**
     * Splits a file. Front matter opens with a {@code ---} line and ends at the first line that is
     * exactly {@code ---} (or {@code ...}); without one, the rest of the file is front matter, as the
     * common front-matter readers do.
     */
    static FrontMatter parse(String text) throws InvalidContentException {
        if (text.isBlank()) {
            throw new InvalidContentException(1, 1, "file is empty: expected front matter opening with ---");
        }
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).stripTrailing().equals(DELIMITER)) {
            throw new InvalidContentException(1, 1, "missing front matter: the file must start with a --- line");
        }
        int yamlStart = Math.min(firstEnd + 1, text.length());
        int line = 2;
        int closeStart = -1;
        int closeLine = -1;
        for (int at = yamlStart; at < text.length(); line++) {
            int end = lineEnd(text, at);
            String content = text.substring(at, end).stripTrailing();
            if (content.equals(DELIMITER) || content.equals("...")) {
                closeStart = at;
                closeLine = line;
                break;
            }
            at = end + 1;
        }
        String yaml = closeStart < 0 ? text.substring(yamlStart) : text.substring(yamlStart, closeStart);
        rejectTabIndentation(yaml);
        Object data = YamlReader.parse(yaml, 1);
        if (data == null) {
            data = Map.of();
        }
        if (!(data instanceof Map<?, ?> map)) {
            throw new InvalidContentException(2, 1, "front matter must be a mapping of keys to values, not a "
                    + (data instanceof List ? "list" : "single value"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) map;
        if (closeStart < 0) {
            return new FrontMatter(fields, "", line, false);
        }
        int bodyStart = Math.min(lineEnd(text, closeStart) + 1, text.length());
        return new FrontMatter(fields, text.substring(bodyStart), closeLine + 1, true);
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** YAML forbids tabs for indentation; snakeyaml's own message for it is cryptic. */
    private static void rejectTabIndentation(String yaml) throws InvalidContentException {
        int line = 2;
        for (int at = 0; at < yaml.length(); line++) {
            int end = lineEnd(yaml, at);
            int column = 0;
            while (at + column < end && (yaml.charAt(at + column) == ' ' || yaml.charAt(at + column) == '\t')) {
                if (yaml.charAt(at + column) == '\t') {
                    throw new InvalidContentException(line, column + 1,
                            "front matter is indented with a tab; YAML allows only spaces");
                }
                column++;
            }
            at = end + 1;
        }
    }
}
