package dev.tinta.build;

import dev.tinta.model.ArchiveMonth;
import dev.tinta.model.ArchiveYear;
import dev.tinta.model.Article;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The blog archive: years, newest first, each with its months, newest first ("Arsip Blog"). */
final class Archive {
  private Archive() {}

  /** Groups articles (newest first) by year and month in the site's zone; linear. */
  static List<ArchiveYear> of(List<Article> articles, ZoneId zone) {
    Map<YearMonth, List<Article>> byMonth = new LinkedHashMap<>();
    for (Article a : articles) {
      ZonedDateTime d = a.date().withZoneSameInstant(zone);
      byMonth.computeIfAbsent(YearMonth.from(d), k -> new ArrayList<>()).add(a);
    }
    Map<Integer, List<ArchiveMonth>> byYear = new LinkedHashMap<>();
    byMonth.forEach((ym, posts) -> byYear
        .computeIfAbsent(ym.getYear(), k -> new ArrayList<>())
        .add(new ArchiveMonth(ym.atDay(1).atStartOfDay(zone), monthUrl(ym), posts.size(), posts)));
    List<ArchiveYear> years = new ArrayList<>();
    byYear.forEach((year, months) -> years.add(new ArchiveYear(year, yearUrl(year),
        months.stream().mapToInt(ArchiveMonth::count).sum(), months)));
    return List.copyOf(years);
  }

  static String yearUrl(int year) {
    return String.format("/%04d/", year);
  }

  static String monthUrl(YearMonth ym) {
    return String.format("/%04d/%02d/", ym.getYear(), ym.getMonthValue());
  }
}
