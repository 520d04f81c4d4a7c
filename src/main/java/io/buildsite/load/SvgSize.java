package io.buildsite.load;

import io.buildsite.model.ImageSize;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size an SVG drawing is shown at, as a browser reads it from the root {@code <svg>}: its
 * {@code width} and {@code height} when both are absolute lengths; one of them with the other from
 * the {@code viewBox}'s proportions; else the {@code viewBox}'s own width and height. A drawing with
 * neither (or only relative lengths: {@code %}, {@code em}) has no size of its own.
 */
final class SvgSize {
    private static final String NUMBER = "[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:e[+-]?\\d+)?";
    private static final Pattern LENGTH = Pattern.compile("(" + NUMBER + ")(px|in|cm|mm|pt|pc)?");
    private static final Pattern VIEW_BOX = Pattern.compile(NUMBER + "[\\s,]+" + NUMBER + "[\\s,]+(" + NUMBER
            + ")[\\s,]+(" + NUMBER + ")");
    /** CSS pixels per unit, as CSS fixes them. */
    private static final Map<String, Double> UNITS = Map.of("px", 1.0, "in", 96.0, "cm", 96 / 2.54, "mm", 96 / 25.4,
            "pt", 96 / 72.0, "pc", 16.0);

    private SvgSize() {
    }

    /** The size of the drawing whose root is {@code svg}, or null when it gives none. */
    static ImageSize of(Element svg) {
        Double width = length(svg.attr("width"));
        Double height = length(svg.attr("height"));
        double[] box = viewBox(svg.attr("viewBox"));
        if (width != null && height != null) {
            return size(width, height);
        }
        if (box == null) {
            return null;
        }
        if (width != null) {
            return size(width, width * box[1] / box[0]);
        }
        if (height != null) {
            return size(height * box[0] / box[1], height);
        }
        return size(box[0], box[1]);
    }

    /** An absolute length in CSS pixels, or null for a missing, relative or malformed one. */
    private static Double length(String value) {
        Matcher length = LENGTH.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!length.matches()) {
            return null;
        }
        double pixels = Double.parseDouble(length.group(1)) * UNITS.get(length.group(2) == null ? "px" : length.group(2));
        return pixels > 0 && Double.isFinite(pixels) ? pixels : null;
    }

    /** The viewBox's width and height, or null unless it is four numbers with a positive width and height. */
    private static double[] viewBox(String value) {
        Matcher box = VIEW_BOX.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!box.matches()) {
            return null;
        }
        double width = Double.parseDouble(box.group(1));
        double height = Double.parseDouble(box.group(2));
        return width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height)
                ? new double[] {width, height} : null;
    }

    private static ImageSize size(double width, double height) {
        long w = Math.max(1, Math.round(width));
        long h = Math.max(1, Math.round(height));
        return w <= Integer.MAX_VALUE && h <= Integer.MAX_VALUE ? new ImageSize((int) w, (int) h) : null;
    }
}
