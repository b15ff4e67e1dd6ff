package dev.tinta.pipeline;

import dev.tinta.model.ArchiveMonth;
import dev.tinta.model.ArchiveYear;
import dev.tinta.model.Article;
import dev.tinta.model.PostLink;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The blog archive: years, newest first, each with its months, newest first ("Arsip Blog"). */
final class Archive {
  /** Posts of the newest month the sidebar names. */
  static final int SIDEBAR_POSTS = 10;

  private Archive() {}

  /**
   * {@code fresh}, with every year equal to one of {@code previous} replaced by that earlier
   * instance: pages that show an unchanged year then compare equal by identity, instead of post by
   * post on every rebuild (a month page holds its whole year).
   */
  static List<ArchiveYear> reuse(List<ArchiveYear> fresh, List<ArchiveYear> previous) {
    if (previous.isEmpty()) {
      return fresh;
    }
    Map<Integer, ArchiveYear> old = new HashMap<>();
    previous.forEach(y -> old.put(y.year(), y));
    List<ArchiveYear> out = new ArrayList<>(fresh.size());
    for (ArchiveYear y : fresh) {
      ArchiveYear before = old.get(y.year());
      out.add(y.equals(before) ? before : y);
    }
    return List.copyOf(out);
  }

  /** Groups articles (newest first) by year and month in the site's zone; linear. */
  static List<ArchiveYear> of(List<Article> articles, ZoneId zone) {
    Map<YearMonth, List<PostLink>> byMonth = new LinkedHashMap<>();
    for (Article a : articles) {
      ZonedDateTime d = a.date().withZoneSameInstant(zone);
      byMonth.computeIfAbsent(YearMonth.from(d), k -> new ArrayList<>()).add(a.link());
    }
    Map<Integer, List<ArchiveMonth>> byYear = new LinkedHashMap<>();
    byMonth.forEach(
        (ym, posts) ->
            byYear
                .computeIfAbsent(ym.getYear(), k -> new ArrayList<>())
                .add(
                    new ArchiveMonth(
                        ym.atDay(1).atStartOfDay(zone), monthUrl(ym), posts.size(), posts)));
    List<ArchiveYear> years = new ArrayList<>();
    byYear.forEach(
        (year, months) ->
            years.add(
                new ArchiveYear(
                    year,
                    yearUrl(year),
                    months.stream().mapToInt(ArchiveMonth::count).sum(),
                    months)));
    return List.copyOf(years);
  }

  /**
   * The archive as the sidebar shows it, like Blogger's "Arsip Blog": every year with its count,
   * the months of the newest year, and the newest posts of its newest month (at most {@value
   * #SIDEBAR_POSTS}; the month's page lists them all). Editing an older post then leaves the
   * sidebar, and so every page that only shows it, unchanged; and the sidebar stays small however
   * many years the blog has.
   */
  static List<ArchiveYear> summary(List<ArchiveYear> archive) {
    List<ArchiveYear> out = new ArrayList<>();
    for (ArchiveYear y : archive) {
      List<ArchiveMonth> months = new ArrayList<>();
      if (out.isEmpty()) {
        for (ArchiveMonth m : y.months()) {
          List<PostLink> posts =
              months.isEmpty()
                  ? m.posts().subList(0, Math.min(SIDEBAR_POSTS, m.posts().size()))
                  : List.of();
          months.add(new ArchiveMonth(m.start(), m.url(), m.count(), posts));
        }
      }
      out.add(new ArchiveYear(y.year(), y.url(), y.count(), months));
    }
    return List.copyOf(out);
  }

  static String yearUrl(int year) {
    return "/" + Permalinks.pad(year, 4) + "/";
  }

  static String monthUrl(YearMonth ym) {
    return "/"
        + Permalinks.pad(ym.getYear(), 4)
        + "/"
        + Permalinks.pad(ym.getMonthValue(), 2)
        + "/";
  }
}
