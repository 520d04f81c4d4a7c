package io.buildsite.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.List;

/** Runs axe-core (shipped inside Deque's jar, nothing downloaded) on the page the browser shows now. */
public final class AxeCheck {
    private AxeCheck() {
    }

    /** Violations of impact serious or critical, one line each: rule, help text, offending elements. */
    public static List<String> seriousViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        return results.getViolations().stream()
                .filter(AxeCheck::seriousOrWorse)
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
    }

    /**
     * {@link #seriousViolations} with {@code prefers-color-scheme} emulated light, then dark (colour
     * contrast included), each line prefixed with its theme; the system's scheme is restored after.
     */
    public static List<String> seriousViolationsInBothThemes(ChromeDriver driver) {
        List<String> violations = new ArrayList<>();
        try {
            for (String scheme : List.of(EmulatedMedia.LIGHT, EmulatedMedia.DARK)) {
                EmulatedMedia.colorScheme(driver, scheme);
                seriousViolations(driver).forEach(v -> violations.add(scheme + ": " + v));
            }
        } finally {
            EmulatedMedia.reset(driver);
        }
        return violations;
    }

    private static boolean seriousOrWorse(Rule rule) {
        return "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact());
    }
}
