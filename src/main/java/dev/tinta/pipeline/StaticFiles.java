package dev.tinta.pipeline;

import dev.tinta.model.OutputFile;
import dev.tinta.model.Post;
import dev.tinta.search.SiteSearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Files published as they are: the theme's {@code static/}, the site's {@code static/}, and the
 * images and other files beside a bundled post's {@code index.md}.
 *
 * @param root the theme's static files, then the site's own: what goes to the site root
 * @param bundles the files beside the {@code index.md} of post bundles
 */
record StaticFiles(List<OutputFile> root, List<OutputFile> bundles) {
  /** The site's own static folder, copied to the site root. */
  static final String FOLDER = "static";

  StaticFiles {
    root = List.copyOf(root);
    bundles = List.copyOf(bundles);
  }

  /** Every static file: the root's, then the bundles'. */
  List<OutputFile> all() {
    List<OutputFile> all = new ArrayList<>(root);
    all.addAll(bundles);
    return all;
  }

  /** The theme's, then the site's own static files, then the files of post bundles. */
  static StaticFiles collect(Path siteDir, Settings settings, Published published, SiteUrls urls) {
    Map<String, byte[]> theme = settings.templates().staticFiles();
    if (!settings.config().search()) {
      theme = SiteSearch.withoutScript(theme); // #15
    }
    List<OutputFile> out = new ArrayList<>();
    Path own = siteDir.resolve(FOLDER);
    List<String> ownFiles = files(own);
    theme.forEach(
        (path, bytes) -> {
          if (!ownFiles.contains(path)) {
            out.add(OutputFile.of(path, bytes));
          }
        });
    ownFiles.forEach(f -> out.add(OutputFile.copy(f, own.resolve(f))));
    List<OutputFile> bundles = new ArrayList<>();
    for (Post p : published.posts()) {
      if (p.bundleDir().isEmpty()) {
        continue;
      }
      String url = urls.get(p.file());
      String dir = url.substring(1);
      for (String f : files(siteDir.resolve(p.bundleDir()))) {
        if (!f.equals("index.md")) {
          bundles.add(OutputFile.copy(dir + f, siteDir.resolve(p.bundleDir()).resolve(f)));
        }
      }
    }
    return new StaticFiles(out, bundles);
  }

  /** Regular files below {@code dir}, relative, sorted; hidden files left out. */
  private static List<String> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .map(f -> dir.relativize(f).toString().replace('\\', '/'))
          .filter(f -> !f.startsWith(".") && !f.contains("/."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
  }
}
