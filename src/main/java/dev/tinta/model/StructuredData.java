package dev.tinta.model;

/**
 * Machine-readable data for a page's head, made only when a template asks for {@link #script()}.
 */
public interface StructuredData {
  /** The complete {@code <script type="application/ld+json">} element. */
  String script();
}
