package dev.tinta.quality;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gate 2, Atom: {@code feed.xml} against the RFC 4287 Appendix B RELAX NG grammar (jing), plus what
 * the grammar cannot say: the appendix's two Schematron rules (an entry needs an author, from
 * itself or the feed; and an alternate link or content), RFC 3339 dates (§3.3, upper-case T and a
 * time zone), absolute ids (§4.2.6), unique entry ids (§4.1.1), and a self link (§4.1.1 SHOULD; a
 * warning). Links into the site must name a page it has.
 */
final class AtomChecks {
  static final String NS = "http://www.w3.org/2005/Atom";

  private AtomChecks() {}

  static List<Finding> check(BuiltSite site, String file) {
    if (!java.nio.file.Files.isRegularFile(site.file(file))) {
      return List.of(Finding.error(file, 0, 0, "missing: the site has no Atom feed"));
    }
    Rules rules = new Rules(site, file);
    Optional<Finding> malformed = StaxReader.walk(site.file(file), file, rules::start, rules::end);
    if (malformed.isPresent()) {
      return List.of(malformed.get());
    }
    List<Finding> out = new ArrayList<>(XmlSchemas.validate(site.file(file), file, "atom.rnc"));
    out.addAll(rules.found);
    return out;
  }

  /** The rule checks, fed one tag at a time. */
  private static final class Rules {
    final List<Finding> found = new ArrayList<>();
    private final BuiltSite site;
    private final String file;
    private final Map<String, String> updatedById = new HashMap<>();
    private boolean feedAuthor;
    private boolean selfLink;
    private int rootLine;
    private Entry entry;
    private final List<Entry> entries = new ArrayList<>();

    Rules(BuiltSite site, String file) {
      this.site = site;
      this.file = file;
    }

    private static final class Entry {
      final int line;
      final int column;
      boolean author;
      boolean alternate;
      boolean content;
      String id = "";
      String updated = "";

      Entry(int line, int column) {
        this.line = line;
        this.column = column;
      }
    }

    void start(javax.xml.stream.XMLStreamReader r, int depth)
        throws javax.xml.stream.XMLStreamException {
      int line = StaxReader.line(r);
      int column = StaxReader.column(r);
      if (depth == 0) {
        rootLine = line;
        if (!NS.equals(r.getNamespaceURI()) || !r.getLocalName().equals("feed")) {
          found.add(Finding.error(file, line, column, "the root element is not an Atom <feed>"));
        }
        return;
      }
      if (!NS.equals(r.getNamespaceURI())) {
        return;
      }
      String name = r.getLocalName();
      if (name.equals("entry") && depth == 1) {
        entry = new Entry(line, column);
      } else if (name.equals("author")) {
        if (depth == 1) {
          feedAuthor = true;
        } else if (entry != null) {
          entry.author = true; // the entry's own, or one of its <source>
        }
      } else if (name.equals("link")) {
        link(r, depth, line, column);
      } else if (name.equals("content") && entry != null && depth == 2) {
        entry.content = true;
      } else if (name.equals("updated") || name.equals("published")) {
        String value = r.getElementText().strip();
        FeedDates.rfc3339(value)
            .ifPresent(
                why -> found.add(Finding.error(file, line, column, "<" + name + "> " + why)));
        if (entry != null && depth == 2 && name.equals("updated")) {
          entry.updated = value;
        }
      } else if (name.equals("id")) {
        String value = r.getElementText().strip();
        if (!isAbsolute(value)) {
          found.add(
              Finding.error(
                  file,
                  line,
                  column,
                  "<id> \"" + value + "\" is not an absolute IRI (RFC 4287 §4.2.6)"));
        }
        if (entry != null && depth == 2) {
          entry.id = value;
        }
      }
    }

    private void link(javax.xml.stream.XMLStreamReader r, int depth, int line, int column) {
      String rel = Optional.ofNullable(r.getAttributeValue(null, "rel")).orElse("alternate");
      String href = Optional.ofNullable(r.getAttributeValue(null, "href")).orElse("");
      if (depth == 1 && rel.equals("self")) {
        selfLink = true;
      }
      if (entry != null && depth == 2 && rel.equals("alternate")) {
        entry.alternate = true;
      }
      if (!rel.equals("self") && site.isOwn(href) && !site.hasPageFor(href)) {
        found.add(
            Finding.error(
                file,
                line,
                column,
                "<link href=\"" + href + "\"> names a page the site does not have"));
      }
    }

    void end(javax.xml.stream.XMLStreamReader r, int depth) {
      if (depth == 1
          && entry != null
          && NS.equals(r.getNamespaceURI())
          && r.getLocalName().equals("entry")) {
        entries.add(entry);
        entry = null;
      } else if (depth == 0) {
        finish();
      }
    }

    private void finish() {
      if (!selfLink) {
        found.add(
            Finding.warning(
                file, rootLine, 0, "<feed> has no <link rel=\"self\"> (RFC 4287 §4.1.1 SHOULD)"));
      }
      int n = 0;
      for (Entry e : entries) {
        n++;
        String label = "entry " + n + (e.id.isEmpty() ? "" : " (" + e.id + ")");
        if (!e.author && !feedAuthor) {
          found.add(
              Finding.error(
                  file,
                  e.line,
                  e.column,
                  label + " has no <author> and neither has the feed (RFC 4287 Appendix B)"));
        }
        if (!e.alternate && !e.content) {
          found.add(
              Finding.error(
                  file,
                  e.line,
                  e.column,
                  label
                      + " needs a <link rel=\"alternate\"> or a <content> (RFC 4287 Appendix B)"));
        }
        String earlier = updatedById.put(e.id, e.updated);
        if (earlier != null && earlier.equals(e.updated)) {
          found.add(
              Finding.error(
                  file,
                  e.line,
                  e.column,
                  label + " repeats an id with the same <updated> (RFC 4287 §4.1.1)"));
        }
      }
    }

    private static boolean isAbsolute(String iri) {
      try {
        return new URI(iri).isAbsolute();
      } catch (URISyntaxException e) {
        return false;
      }
    }
  }
}
