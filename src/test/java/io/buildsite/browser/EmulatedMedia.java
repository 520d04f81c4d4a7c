package io.buildsite.browser;

import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;
import java.util.Map;

/**
 * Chrome DevTools media emulation for the theme tests: a colour scheme, print, or the browser's own.
 * Each call replaces every emulated feature, so reduced motion (which the quiz tests rely on) is
 * always emulated along.
 */
final class EmulatedMedia {
    static final String LIGHT = "light";
    static final String DARK = "dark";

    private EmulatedMedia() {
    }

    /** {@code prefers-color-scheme} as given ("light" or "dark"), screen media. */
    static void colorScheme(ChromeDriver driver, String scheme) {
        set(driver, "", scheme);
    }

    /** Print media, the colour scheme as given. */
    static void print(ChromeDriver driver, String scheme) {
        set(driver, "print", scheme);
    }

    /** Screen media and the system's colour scheme again. */
    static void reset(ChromeDriver driver) {
        set(driver, "", "");
    }

    private static void set(ChromeDriver driver, String media, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media, "features", List.of(
                Map.of("name", "prefers-color-scheme", "value", scheme),
                Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    }
}
