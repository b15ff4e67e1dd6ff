package dev.tinta.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What tinta's jar looked like when the daemon started: a daemon whose jar was replaced (an update,
 * a rebuild of the checkout) could load the new version's classes next to the old ones, so it stops
 * instead of running another build.
 */
public record JarStamp(Path jar, long size, long modifiedMillis, Object fileKey) {
  /** The jar as it is now. */
  public static JarStamp of(Path jar) throws IOException {
    BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
    return new JarStamp(jar, a.size(), a.lastModifiedTime().toMillis(), a.fileKey());
  }

  /** Whether the jar is still the one this stamp was taken of. */
  boolean unchanged() {
    try {
      return equals(of(jar));
    } catch (IOException e) {
      return false;
    }
  }
}
