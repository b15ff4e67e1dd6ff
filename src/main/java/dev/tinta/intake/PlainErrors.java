package dev.tinta.intake;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (a malformed request line, headers over the limit, a request the handlers
 * failed on) as a short plain-text reason with the same strict headers as every other response;
 * never a stack trace or a server version.
 */
final class PlainErrors extends ErrorHandler {
  PlainErrors() {
    setShowStacks(false);
    setShowCauses(false);
    setShowOrigin(false);
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    SecurityHeaders.apply(response.getHeaders());
    String reason = code >= 500 ? "server error" : message == null ? "bad request" : message;
    Http.text(response, callback, code, reason);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.apply(fields);
    fields.put(HttpHeader.CONTENT_TYPE, Http.TEXT);
    String text = (reason == null ? "bad request" : reason) + "\n";
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }
}
