package io.sitrep.map;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Encodes an image as PNG bytes. */
final class PngWriter {

    byte[] write(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this JRE");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
