package io.buildsite.model;

/**
 * The size an image is drawn at when nothing says otherwise, in CSS pixels: a picture's pixels, or an
 * SVG drawing's own width and height (or its viewBox's).
 */
public record ImageSize(int width, int height) {
    public ImageSize {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image size is at least 1×1: " + width + "×" + height);
        }
    }
}
