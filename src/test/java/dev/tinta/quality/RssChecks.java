package dev.tinta.quality;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Gate 2, RSS: {@code rss.xml} against the RSS 2.0 structure grammar (jing), plus the spec's rules
 * the grammar leaves out: the channel's required title, link and description are not empty and its
 * link is an absolute http(s) URL; each item has a title or a description; dates are RFC 822 (with
 * a weekday that matches the date); item links and permalink guids are absolute http(s) URLs naming
 * pages the site has; guids are unique (a warning).
 */
final class RssChecks {
  private static final String ATOM = AtomChecks.NS;

  private RssChecks() {}

  static List<Finding> check(BuiltSite site, String file) {
    if (!Files.isRegularFile(site.file(file))) {
      return List.of(Finding.error(file, 0, 0, "missing: the site has no RSS feed"));
    }
    Rules rules = new Rules(site, file);
    Optional<Finding> malformed = StaxReader.walk(site.file(file), file, rules::start, rules::end);
    if (malformed.isPresent()) {
      return List.of(malformed.get());
    }
    List<Finding> out = new ArrayList<>(XmlSchemas.validate(site.file(file), file, "rss20.rnc"));
    out.addAll(rules.found);
    return out;
  }

  private static final class Rules {
    final List<Finding> found = new ArrayList<>();
    private final BuiltSite site;
    private final String file;
    private final Set<String> guids = new HashSet<>();
    private final Set<String> channelFields = new HashSet<>();
    private int channelLine;
    private boolean selfLink;
    private int items;
    private int itemLine;
    private boolean itemHasText;

    Rules(BuiltSite site, String file) {
      this.site = site;
      this.file = file;
    }

    void start(XMLStreamReader r, int depth) throws XMLStreamException {
      int line = StaxReader.line(r);
      int column = StaxReader.column(r);
      String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
      String name = r.getLocalName();
      if (depth == 0 && !(ns.isEmpty() && name.equals("rss"))) {
        found.add(Finding.error(file, line, column, "the root element is not <rss>"));
      } else if (depth == 1 && name.equals("channel")) {
        channelLine = line;
      } else if (depth == 2 && ns.equals(ATOM) && name.equals("link")) {
        selfLink |= "self".equals(r.getAttributeValue(null, "rel"));
      } else if (depth == 2 && ns.isEmpty()) {
        channel(r, name, line, column);
      } else if (depth == 3 && ns.isEmpty()) {
        item(r, name, line, column);
      }
    }

    private void channel(XMLStreamReader r, String name, int line, int column)
        throws XMLStreamException {
      switch (name) {
        case "item" -> {
          items++;
          itemLine = line;
          itemHasText = false;
        }
        case "title", "description" -> {
          if (!r.getElementText().isBlank()) {
            channelFields.add(name);
          }
        }
        case "link" -> {
          String url = r.getElementText().strip();
          channelFields.add(name);
          if (!isHttp(url)) {
            found.add(
                Finding.error(
                    file,
                    line,
                    column,
                    "channel <link> \"" + url + "\" is not an absolute http(s) URL"));
          }
        }
        case "pubDate", "lastBuildDate" -> date(r.getElementText().strip(), name, line, column);
        default -> {}
      }
    }

    private void item(XMLStreamReader r, String name, int line, int column)
        throws XMLStreamException {
      switch (name) {
        case "title", "description" -> itemHasText |= !r.getElementText().isBlank();
        case "pubDate" -> date(r.getElementText().strip(), name, line, column);
        case "link" -> url(r.getElementText().strip(), "item <link>", line, column);
        case "guid" -> {
          boolean permalink = !"false".equals(r.getAttributeValue(null, "isPermaLink"));
          String guid = r.getElementText().strip();
          if (permalink) {
            url(guid, "permalink <guid>", line, column);
          }
          if (!guids.add(guid)) {
            found.add(Finding.warning(file, line, column, "duplicate <guid> " + guid));
          }
        }
        default -> {}
      }
    }

    void end(XMLStreamReader r, int depth) {
      if (depth == 2 && r.getLocalName().equals("item") && !itemHasText) {
        found.add(
            Finding.error(
                file,
                itemLine,
                0,
                "item " + items + " needs a <title> or a <description> (RSS 2.0)"));
      } else if (depth == 1 && r.getLocalName().equals("channel")) {
        for (String required : List.of("title", "link", "description")) {
          if (!channelFields.contains(required)) {
            found.add(
                Finding.error(
                    file,
                    channelLine,
                    0,
                    "<channel> needs a non-empty <" + required + "> (RSS 2.0)"));
          }
        }
        if (!selfLink) {
          found.add(
              Finding.warning(
                  file,
                  channelLine,
                  0,
                  "<channel> has no <atom:link "
                      + "rel=\"self\"> (recommended by the RSS Advisory Board)"));
        }
      }
    }

    private void date(String value, String name, int line, int column) {
      FeedDates.rfc822(value)
          .ifPresent(why -> found.add(Finding.error(file, line, column, "<" + name + "> " + why)));
    }

    private void url(String value, String what, int line, int column) {
      if (!isHttp(value)) {
        found.add(
            Finding.error(
                file, line, column, what + " \"" + value + "\" is not an absolute http(s) URL"));
      } else if (site.isOwn(value) && !site.hasPageFor(value)) {
        found.add(
            Finding.error(
                file, line, column, what + " " + value + " names a page the site does not have"));
      }
    }

    private static boolean isHttp(String url) {
      return url.matches("(?i)https?://[^/\\s]+(/\\S*)?");
    }
  }
}
