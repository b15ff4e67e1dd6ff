package dev.tinta.testing;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Images made for tests with Java2D: photo-like (gradients, shapes and noise, so JPEG has real work
 * to do), the same pixels for the same seed, encoded by ImageIO.
 */
public final class TestImages {
  private TestImages() {}

  /** A photo-like picture; its top-left corner is pure red, to check orientation. */
  public static BufferedImage picture(int width, int height, long seed, boolean alpha) {
    BufferedImage img =
        new BufferedImage(
            width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    Random random = new Random(seed);
    g.setPaint(
        new GradientPaint(
            0, 0, new Color(0x2b5876), width, height, new Color(0xd9a441 ^ (int) (seed & 0xff))));
    g.fillRect(0, 0, width, height);
    for (int i = 0; i < 40; i++) {
      g.setColor(new Color(random.nextInt(0x1000000) | (alpha ? 0x80000000 : 0xff000000), true));
      int w = 1 + random.nextInt(Math.max(1, width / 3));
      int h = 1 + random.nextInt(Math.max(1, height / 3));
      g.fillOval(random.nextInt(width), random.nextInt(height), w, h);
    }
    g.dispose();
    for (int i = 0; i < width * height / 20; i++) {
      int x = random.nextInt(width);
      int y = random.nextInt(height);
      img.setRGB(x, y, img.getRGB(x, y) ^ 0x0f0f0f);
    }
    int corner = Math.max(1, Math.min(width, height) / 8);
    for (int y = 0; y < corner; y++) {
      for (int x = 0; x < corner; x++) {
        img.setRGB(x, y, 0xffff0000);
      }
    }
    return img;
  }

  public static byte[] jpeg(int width, int height, long seed) {
    return encode(picture(width, height, seed, false), "jpeg");
  }

  public static byte[] png(int width, int height, long seed, boolean alpha) {
    return encode(picture(width, height, seed, alpha), "png");
  }

  public static byte[] gif(int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED);
    return encode(img, "gif");
  }

  public static byte[] encode(BufferedImage img, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(img, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static BufferedImage decode(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A JPEG with an EXIF block (APP1) whose IFD0 holds only the orientation tag, what a phone writes
   * when it stores a photo sideways: right after SOI, before the JFIF block, as some cameras write
   * it (ImageIO's metadata refuses that order), or after the JFIF block.
   */
  public static byte[] withOrientation(byte[] jpeg, int orientation, boolean beforeJfif) {
    ByteBuffer tiff = ByteBuffer.allocate(26);
    tiff.put(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8}); // big-endian, IFD0 at 8
    tiff.putShort((short) 1); // one entry
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1); // Orientation, SHORT, 1 value
    tiff.putShort((short) orientation).putShort((short) 0);
    tiff.putInt(0); // no next IFD
    byte[] exif = new byte[6 + tiff.capacity()];
    System.arraycopy(
        "Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, exif, 0, 6);
    System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());
    // ImageIO's JPEG writer starts with SOI and a JFIF block (APP0)
    int at = beforeJfif ? 2 : 4 + ((jpeg[4] & 0xff) << 8 | (jpeg[5] & 0xff));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, at);
    out.write(0xff);
    out.write(0xe1);
    int length = exif.length + 2;
    out.write(length >> 8);
    out.write(length & 0xff);
    out.write(exif, 0, exif.length);
    out.write(jpeg, at, jpeg.length - at);
    return out.toByteArray();
  }

  /** A PNG of nothing but a signature and a header that claims {@code width × height} pixels. */
  public static byte[] pngHeaderOnly(int width, int height) {
    ByteBuffer b = ByteBuffer.allocate(8 + 25);
    b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    b.putInt(13);
    int start = b.position();
    b.put(new byte[] {'I', 'H', 'D', 'R'});
    b.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0);
    b.put((byte) 0);
    CRC32 crc = new CRC32();
    crc.update(b.array(), start, 17);
    b.putInt((int) crc.getValue());
    return b.array();
  }

  /** A JPEG whose frame header (SOF) is changed to claim {@code width × height} pixels. */
  public static byte[] jpegClaiming(byte[] jpeg, int width, int height) {
    byte[] out = jpeg.clone();
    int i = 2; // after SOI: segments of marker, length, data
    while (i + 9 < out.length && (out[i] & 0xff) == 0xff) {
      int marker = out[i + 1] & 0xff;
      if (marker == 0xc0 || marker == 0xc2) {
        out[i + 5] = (byte) (height >> 8);
        out[i + 6] = (byte) height;
        out[i + 7] = (byte) (width >> 8);
        out[i + 8] = (byte) width;
        return out;
      }
      i += 2 + ((out[i + 2] & 0xff) << 8 | (out[i + 3] & 0xff));
    }
    throw new IllegalArgumentException("no SOF marker");
  }
}
