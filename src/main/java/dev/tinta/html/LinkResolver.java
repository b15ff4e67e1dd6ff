package dev.tinta.html;

import java.util.Optional;

/** Finds the URL of a site source file, such as {@code content/posts/x.md}. */
@FunctionalInterface
public interface LinkResolver {
  /** The site path ({@code /2010/08/x/}) of the source at a site-relative path, if any. */
  Optional<String> urlOf(String sourcePath);
}
