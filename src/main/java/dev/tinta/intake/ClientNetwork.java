package dev.tinta.intake;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * The network a request comes from: the /24 of an IPv4 client, the /64 of an IPv6 one. Rate limits
 * count per network (one person rarely has two), and the only trace of a client that is stored is a
 * keyed hash of it ({@code ip_hash}); the address itself is never written anywhere.
 *
 * @param prefix the network's bytes (3 for IPv4, 8 for IPv6)
 */
public record ClientNetwork(byte[] prefix) {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  /**
   * Hex digits of {@code ip_hash}: 64 bits, enough to tell networks apart, too few to look back.
   */
  static final int HASH_HEX_DIGITS = 16;

  public ClientNetwork {
    prefix = prefix.clone();
  }

  /**
   * The client's network. With {@code trustProxy}, a request whose connection comes from loopback
   * (a reverse proxy on this machine) is taken to come from the last address of its {@code
   * X-Forwarded-For} header (the one the proxy itself added; those before it are the client's
   * word).
   */
  public static ClientNetwork of(Request request, boolean trustProxy) {
    InetAddress peer = address(request.getConnectionMetaData().getRemoteSocketAddress());
    if (trustProxy && peer.isLoopbackAddress()) {
      String forwarded = request.getHeaders().get(HttpHeader.X_FORWARDED_FOR);
      if (forwarded != null) {
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
        Optional<InetAddress> client = literal(last);
        if (client.isPresent()) {
          return of(client.get());
        }
      }
    }
    return of(peer);
  }

  static ClientNetwork of(InetAddress address) {
    byte[] bytes = address.getAddress();
    int keep = address instanceof Inet4Address ? 3 : 8;
    return new ClientNetwork(Arrays.copyOf(bytes, keep));
  }

  private static InetAddress address(SocketAddress socket) {
    if (socket instanceof InetSocketAddress inet && inet.getAddress() != null) {
      return inet.getAddress();
    }
    return InetAddress.getLoopbackAddress();
  }

  /**
   * An IP address written as a literal; never a host name, so no DNS lookup can happen. IPv4 mapped
   * into IPv6 counts as IPv4.
   */
  static Optional<InetAddress> literal(String text) {
    String t =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    boolean v4 = IPV4.matcher(t).matches();
    boolean v6 = !v4 && t.indexOf(':') >= 0 && IPV6.matcher(t).matches();
    if (v4) {
      for (String part : t.split("\\.")) {
        if (Integer.parseInt(part) > 255) {
          return Optional.empty();
        }
      }
    }
    if (!v4 && !v6) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(t));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** The stored trace of this network: a truncated HMAC, lower-case hex. */
  String hash(SecretKeySpec key) {
    return HexFormat.of().formatHex(Keys.mac(key, prefix)).substring(0, HASH_HEX_DIGITS);
  }

  /** A map key for the rate limiter. */
  public String key() {
    return HexFormat.of().formatHex(prefix);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClientNetwork n && Arrays.equals(prefix, n.prefix);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(prefix);
  }

  @Override
  public String toString() {
    return "ClientNetwork[" + key() + "]";
  }
}
