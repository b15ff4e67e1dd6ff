package dev.tinta.model;

/**
 * Position in a paginated list.
 *
 * @param number 1-based page number
 * @param newerUrl the page with newer posts, or empty on the first page
 * @param olderUrl the page with older posts, or empty on the last page
 */
public record Pager(int number, int total, String url, String newerUrl, String olderUrl) {
  public boolean hasNewer() {
    return !newerUrl.isEmpty();
  }

  public boolean hasOlder() {
    return !olderUrl.isEmpty();
  }
}
