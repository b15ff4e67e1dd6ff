package dev.tinta.intake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Request;

/**
 * Cuts off clients that send a request's headers too slowly (slowloris): Jetty's idle timeout
 * starts again with every byte, so a client dribbling one header line every few seconds would hold
 * a connection for ever. A connection gets {@code timeout} from opening, and again from the end of
 * each response, to get its next request's headers through; then it is closed.
 */
final class HeaderDeadline implements Connection.Listener {
  private final Connector connector;
  private final long millis;

  /** Per open connection: a counter bumped at each request start and end; odd inside a request. */
  private final Map<Connection, AtomicLong> phases = new ConcurrentHashMap<>();

  HeaderDeadline(Connector connector, java.time.Duration timeout) {
    this.connector = connector;
    this.millis = timeout.toMillis();
  }

  @Override
  public void onOpened(Connection connection) {
    phases.put(connection, new AtomicLong());
    arm(connection, 0);
  }

  @Override
  public void onClosed(Connection connection) {
    phases.remove(connection);
  }

  /** The request's headers are in: no deadline while it is handled. */
  void started(Request request) {
    Connection connection = request.getConnectionMetaData().getConnection();
    AtomicLong phase = phases.get(connection);
    if (phase != null) {
      phase.incrementAndGet();
      Request.addCompletionListener(
          request,
          failure -> {
            long next = phase.incrementAndGet();
            arm(connection, next);
          });
    }
  }

  private void arm(Connection connection, long phase) {
    connector
        .getScheduler()
        .schedule(
            () -> {
              AtomicLong now = phases.get(connection);
              if (now != null && now.get() == phase) {
                connection.getEndPoint().close();
              }
            },
            millis,
            TimeUnit.MILLISECONDS);
  }
}
