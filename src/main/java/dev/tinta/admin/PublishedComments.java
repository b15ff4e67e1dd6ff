package dev.tinta.admin;

import dev.tinta.comments.PublishedDigest;
import dev.tinta.config.ConfigLoader;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a site's comment files publish ({@link PublishedDigest}), kept between the watcher's looks:
 * each build reads every file again, a look reads only the files that changed. A site whose
 * settings do not load gives a digest of their problems instead, so that the build that reports
 * them runs, once. On the publisher's thread only.
 */
final class PublishedComments {
  private final Path siteDir;
  private Optional<PublishedDigest> files = Optional.empty();
  private String problems = "";

  PublishedComments(Path siteDir) {
    this.siteDir = siteDir;
  }

  /** Reads the site's settings and every comment file; returns the digest. */
  String readAll() {
    try {
      files = Optional.of(PublishedDigest.read(siteDir, ConfigLoader.load(siteDir).comments()));
      problems = "";
    } catch (SiteException e) {
      files = Optional.empty();
      problems = e.problems().stream().map(Problem::format).collect(Collectors.joining("\n"));
    }
    return digest();
  }

  /** Reads the files among {@code changed} again (all of them if the last read failed). */
  String update(Set<Path> changed) {
    if (files.isEmpty()) {
      return readAll();
    }
    files.get().update(changed);
    return digest();
  }

  private String digest() {
    return files.map(PublishedDigest::digest).orElse("problems\n" + problems);
  }
}
