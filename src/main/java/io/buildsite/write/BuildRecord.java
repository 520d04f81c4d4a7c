package io.buildsite.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.load.InputFingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an output was built from and what its build reported, kept by {@link BuildRecords}: the next
 * build of the same inputs into the untouched output can skip the work and repeat the report.
 *
 * @param inputs      an {@link InputFingerprint}
 * @param files       a digest of the output's files as written (paths, sizes, modification times)
 * @param diagnostics the build's warnings, to be reported again when it is skipped
 */
record BuildRecord(String inputs, String files, List<Diagnostic> diagnostics) {
    private static final String HEADER = "A build-site build record: delete it to make the next build a full one.";
    private static final String INPUTS = "inputs: ";
    private static final String FILES = "files: ";
    private static final String DIAGNOSTIC = "diagnostic: ";
    private static final ObjectMapper JSON = new ObjectMapper();

    BuildRecord {
        diagnostics = List.copyOf(diagnostics);
    }

    /** The record's text: a line for people, then one line per fact, each diagnostic as JSON. */
    String text() {
        StringBuilder text = new StringBuilder(HEADER).append('\n')
                .append(INPUTS).append(inputs).append('\n')
                .append(FILES).append(files).append('\n');
        try {
            for (Diagnostic diagnostic : diagnostics) {
                text.append(DIAGNOSTIC).append(JSON.writeValueAsString(diagnostic)).append('\n');
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a diagnostic is plain data", e);
        }
        return text.toString();
    }

    /** The record a text holds; empty for one this version cannot read. */
    static Optional<BuildRecord> parse(List<String> lines) {
        String inputs = null;
        String files = null;
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            for (String line : lines) {
                if (line.startsWith(INPUTS)) {
                    inputs = line.substring(INPUTS.length());
                } else if (line.startsWith(FILES)) {
                    files = line.substring(FILES.length());
                } else if (line.startsWith(DIAGNOSTIC)) {
                    diagnostics.add(JSON.readValue(line.substring(DIAGNOSTIC.length()), Diagnostic.class));
                }
            }
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        return inputs == null || files == null ? Optional.empty() : Optional.of(new BuildRecord(inputs, files, diagnostics));
    }
}
