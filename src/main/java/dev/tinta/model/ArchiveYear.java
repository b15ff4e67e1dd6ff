package dev.tinta.model;

import java.util.List;

/** One year of the blog archive ("Arsip Blog"), newest month first. */
public record ArchiveYear(int year, String url, int count, List<ArchiveMonth> months) {
  public ArchiveYear {
    months = List.copyOf(months);
  }
}
