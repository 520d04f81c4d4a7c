package io.buildsite.cli;

import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.diagnostics.Severity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.util.List;

/** How diagnostics are printed: for people, for programs, or as GitHub Actions annotations. */
public enum DiagnosticFormat {
    /** {@code path:line:col: severity: message}, then a summary line. */
    text {
        @Override
        void print(Diagnostics diagnostics, PrintWriter err) {
            for (Diagnostic d : diagnostics.sorted()) {
                err.println(d.format());
            }
            err.println(diagnostics.summary());
        }
    },
    /** One JSON object: the diagnostics and the counts. */
    json {
        @Override
        void print(Diagnostics diagnostics, PrintWriter err) {
            JsonReport report = new JsonReport(diagnostics.sorted().stream().map(d -> new JsonReport.Entry(d.path(),
                    d.line(), d.column(), d.severity().label(), d.message())).toList(),
                    diagnostics.count(Severity.ERROR), diagnostics.count(Severity.WARNING));
            try {
                err.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write diagnostics as JSON", e);
            }
        }
    },
    /** Workflow commands that GitHub shows on the lines of a pull request. */
    github {
        @Override
        void print(Diagnostics diagnostics, PrintWriter err) {
            for (Diagnostic d : diagnostics.sorted()) {
                err.println("::" + d.severity().label() + " file=" + property(d.path()) + ",line=" + d.line()
                        + ",col=" + d.column() + "::" + data(d.message()));
            }
            err.println(diagnostics.summary());
        }
    };

    abstract void print(Diagnostics diagnostics, PrintWriter err);

    void report(Diagnostics diagnostics, PrintWriter err) {
        print(diagnostics, err);
        err.flush();
    }

    /** Escaping GitHub's workflow commands require in a message. */
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping GitHub's workflow commands require in a property value. */
    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    /** The {@link #json} format's object, written in component order. */
    record JsonReport(List<Entry> diagnostics, long errors, long warnings) {
        record Entry(String path, int line, int column, String severity, String message) {
        }
    }
}
