package io.buildsite.load;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * snakeyaml with safe construction (plain maps, lists and scalars only) and limits, so that a
 * hostile or broken file is an error rather than a hang or a crash.
 */
final class YamlReader {
    private YamlReader() {
    }

    /**
     * Parses one YAML document.
     *
     * @param lineOffset lines before the text in its file, so errors point at the right line
     */
    static Object parse(String text, int lineOffset) throws InvalidContentException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit((int) TextFiles.MAX_BYTES);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        try {
            return yaml.load(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            int column = mark == null ? 1 : mark.getColumn() + 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? e.getContext() + ": " : "";
            throw new InvalidContentException(line + lineOffset, column,
                    "invalid YAML: " + context + oneLine(problem));
        } catch (YAMLException e) {
            throw new InvalidContentException(lineOffset + 1, 1, "invalid YAML: " + oneLine(e.getMessage()));
        }
    }

    private static String oneLine(String message) {
        return message == null ? "unreadable" : message.replaceAll("\\s+", " ").trim();
    }
}
