package io.buildsite.testing;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Small pictures made in a test, encoded as a browser would receive them. */
public final class TestImages {
    private TestImages() {
    }

    /** A black picture of {@code width}×{@code height} pixels in {@code format} ("png", "jpeg", "gif"). */
    public static byte[] picture(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out)) {
            throw new IllegalArgumentException("no writer for " + format);
        }
        return out.toByteArray();
    }

    public static byte[] png(int width, int height) throws IOException {
        return picture("png", width, height);
    }
}
