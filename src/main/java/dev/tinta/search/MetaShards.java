package dev.tinta.search;

import dev.tinta.model.OutputFile;
import dev.tinta.text.Json;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the results show of each post, in small files: post {@code i} is row {@code i % per} of
 * shard {@code i / per}, a row being {@code [href, title, isoDate, date, lang, excerpt]} ({@code
 * date} in the site's language, {@code lang} empty when it is the site's). Results come from
 * anywhere in the site, so a page of 10 results loads up to 10 shards: shards are small ({@value
 * SearchIndex#PER_SHARD} posts, some 1.6 KB). A shard is named {@code m/<group>-<i>.json}, {@code
 * group} the hash of its {@value #GROUP} shards together: the manifest lists one name per group,
 * not per shard, and a new post renames the shards of one group.
 *
 * @param files the shards
 * @param groups each group's name, in order
 */
record MetaShards(List<OutputFile> files, List<String> groups) {
  static final int GROUP = 20;
  static final int EXCERPT_CHARS = 160;

  static MetaShards of(List<SearchDoc> docs, Locale siteLocale, int per, int group) {
    DateTimeFormatter display =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(siteLocale);
    List<StringBuilder> shards = new ArrayList<>();
    for (int from = 0; from < docs.size(); from += per) {
      StringBuilder shard = new StringBuilder("[");
      for (int i = from; i < Math.min(docs.size(), from + per); i++) {
        shard.append(i == from ? "" : ",\n");
        row(shard, docs.get(i), display, siteLocale);
      }
      shards.add(shard.append("]\n"));
    }
    List<OutputFile> files = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (int g = 0; g * group < shards.size(); g++) {
      List<StringBuilder> members =
          shards.subList(g * group, Math.min(shards.size(), (g + 1) * group));
      String name = SearchIndex.name(String.join("", members), groups);
      for (int k = 0; k < members.size(); k++) {
        files.add(SearchIndex.file("m/" + name + "-" + (g * group + k) + ".json", members.get(k)));
      }
    }
    return new MetaShards(files, groups);
  }

  private static void row(
      StringBuilder out, SearchDoc doc, DateTimeFormatter display, Locale siteLocale) {
    out.append('[');
    Json.string(out, doc.href()).append(',');
    Json.string(out, doc.title()).append(',');
    Json.string(out, doc.date().toLocalDate().toString()).append(',');
    Json.string(out, display.format(doc.date())).append(',');
    boolean siteLanguage =
        Locale.forLanguageTag(doc.lang()).toLanguageTag().equals(siteLocale.toLanguageTag());
    Json.string(out, siteLanguage ? "" : doc.lang()).append(',');
    Json.string(out, excerpt(doc.excerpt())).append(']');
  }

  /** The excerpt cut after at most {@value #EXCERPT_CHARS} characters, at a space, with "…". */
  static String excerpt(String text) {
    String s = text.strip().replaceAll("\\s+", " ");
    if (s.length() <= EXCERPT_CHARS) {
      return s;
    }
    int cut = s.lastIndexOf(' ', EXCERPT_CHARS);
    return (cut > EXCERPT_CHARS / 2 ? s.substring(0, cut) : s.substring(0, EXCERPT_CHARS)) + "…";
  }
}
