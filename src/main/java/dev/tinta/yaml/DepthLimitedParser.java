package dev.tinta.yaml;

import java.util.Optional;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A parser that counts collections as the composer takes their events, and stops at one nested
 * deeper than a limit: snakeyaml-engine's composer recurses once per level, so hostile input could
 * overflow the stack. Counting events, not characters, leaves brackets and indentation inside
 * quoted and block scalars alone (issue #11: a comment body holding code).
 */
final class DepthLimitedParser implements Parser {
  private final Parser parser;
  private final int limit;
  private int depth;

  DepthLimitedParser(Parser parser, int limit) {
    this.parser = parser;
    this.limit = limit;
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    return parser.checkEvent(choice);
  }

  @Override
  public Event peekEvent() {
    return parser.peekEvent();
  }

  @Override
  public boolean hasNext() {
    return parser.hasNext();
  }

  @Override
  public Event next() {
    Event event = parser.next();
    switch (event.getEventId()) {
      case SequenceStart, MappingStart -> {
        if (++depth > limit) {
          throw new TooDeep(event.getStartMark());
        }
      }
      case SequenceEnd, MappingEnd -> depth--;
      default -> {
        // scalars, aliases, document and stream events do not nest
      }
    }
    return event;
  }

  /** Thrown at the first collection nested deeper than the limit. */
  static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Optional<Mark> mark;

    TooDeep(Optional<Mark> mark) {
      super("YAML nested too deep", null, false, false);
      this.mark = mark;
    }

    /** Where the collection that is one too deep starts. */
    Optional<Mark> mark() {
      return mark;
    }
  }
}
