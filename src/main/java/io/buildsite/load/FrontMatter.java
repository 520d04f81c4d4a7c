package io.buildsite.load;

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
        String[] lines = text.split("\n", -1);
        if (text.isBlank()) {
            throw new InvalidContentException(1, 1, "file is empty: expected front matter opening with ---");
        }
        if (!lines[0].stripTrailing().equals(DELIMITER)) {
            throw new InvalidContentException(1, 1, "missing front matter: the file must start with a --- line");
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.equals(DELIMITER) || line.equals("...")) {
                close = i;
                break;
            }
        }
        int end = close < 0 ? lines.length : close;
        String yaml = String.join("\n", java.util.Arrays.asList(lines).subList(1, end));
        if (yaml.contains("\t")) {
            int line = 0;
            while (!lines[line].contains("\t")) {
                line++;
            }
            if (lines[line].substring(0, lines[line].indexOf('\t')).isBlank()) {
                throw new InvalidContentException(line + 1, lines[line].indexOf('\t') + 1,
                        "front matter is indented with a tab; YAML allows only spaces");
            }
        }
        Object data = YamlReader.parse(yaml, 1);
        if (data == null) {
            data = Map.of();
        }
        if (!(data instanceof Map<?, ?> map)) {
            throw new InvalidContentException(2, 1, "front matter must be a mapping of keys to values, not a "
                    + (data instanceof java.util.List ? "list" : "single value"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) map;
        if (close < 0) {
            return new FrontMatter(fields, "", lines.length + 1, false);
        }
        String body = String.join("\n", java.util.Arrays.asList(lines).subList(close + 1, lines.length));
        return new FrontMatter(fields, body, close + 2, true);
    }
}
