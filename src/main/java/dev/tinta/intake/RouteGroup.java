package dev.tinta.intake;

import org.eclipse.jetty.server.Handler;

/**
 * One more route group of the comment server (moderation under {@code /admin}, links from mail),
 * made from the parts the server shares: it sits inside the same security headers, limits and
 * graceful stop as the readers' routes. A handler returns false for paths it does not take.
 */
@FunctionalInterface
public interface RouteGroup {
  Handler create(ServerParts parts);
}
