import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Writes a tinta site of N posts, each a post folder with one photo-like JPEG (gradients, soft
 * shapes and grain, so the encoder has a camera photo's work to do), the same bytes for the same
 * arguments. For bench/images.py:
 *
 * <pre>java bench/PhotoSite.java OUT N WIDTH HEIGHT</pre>
 */
public class PhotoSite {
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    int width = Integer.parseInt(args[2]);
    int height = Integer.parseInt(args[3]);
    Files.createDirectories(out);
    Files.writeString(
        out.resolve("site.yaml"), "title: Photos\nbase_url: https://photos.example.org/\n");
    for (int i = 0; i < n; i++) {
      Path dir = out.resolve(String.format("content/posts/photo-%04d", i));
      Files.createDirectories(dir);
      Files.writeString(
          dir.resolve("index.md"),
          String.format(
              "---\ntitle: Photo %d\ndate: 2020-01-01T%02d:%02d:00Z\n---\n\nA photo.\n\n"
                  + "![Photo %d](photo.jpg \"Photo number %d\")\n",
              i, (i / 60) % 24, i % 60, i, i),
          StandardCharsets.UTF_8);
      ImageIO.write(photo(width, height, i), "jpeg", dir.resolve("photo.jpg").toFile());
    }
  }

  static BufferedImage photo(int width, int height, long seed) {
    Random random = new Random(seed);
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(
        new GradientPaint(
            0, 0, new Color(random.nextInt(0x1000000)),
            width, height, new Color(random.nextInt(0x1000000))));
    g.fillRect(0, 0, width, height);
    for (int i = 0; i < 120; i++) {
      g.setColor(new Color(random.nextInt(0x1000000) | 0x60000000, true));
      int w = 1 + random.nextInt(width / 4);
      int h = 1 + random.nextInt(height / 4);
      g.fillOval(random.nextInt(width) - w / 2, random.nextInt(height) - h / 2, w, h);
    }
    g.dispose();
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      img.getRGB(0, y, width, 1, row, 0, width);
      for (int x = 0; x < width; x++) {
        int grain = random.nextInt(17) - 8;
        int r = clamp(((row[x] >> 16) & 0xff) + grain);
        int gg = clamp(((row[x] >> 8) & 0xff) + grain);
        int b = clamp((row[x] & 0xff) + grain);
        row[x] = r << 16 | gg << 8 | b;
      }
      img.setRGB(0, y, width, 1, row, 0, width);
    }
    return img;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }
}
