package org.paperledge.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback that forwards to a local server until {@code budget} bytes have gone from the client to
 * the server, then cuts every connection and refuses new ones: a host that drops off mid-upload.
 */
final class CuttingProxy implements AutoCloseable {
  private final ServerSocket server;
  private final int targetPort;
  private final long budget;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicBoolean cut = new AtomicBoolean();
  private final java.util.List<Socket> sockets = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  CuttingProxy(int targetPort, long budget) throws IOException {
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.targetPort = targetPort;
    this.budget = budget;
    Thread accept = new Thread(this::accept, "proxy-accept");
    accept.setDaemon(true);
    accept.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** Bytes forwarded from clients so far. */
  long sent() {
    return sent.get();
  }

  /** Whether the budget ran out and the connections were cut. */
  boolean wasCut() {
    return cut.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        if (cut.get()) {
          client.close();
          continue;
        }
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        sockets.add(client);
        sockets.add(upstream);
        pump(client, upstream, true);
        pump(upstream, client, false);
      } catch (IOException e) {
        // closed
      }
    }
  }

  private void pump(Socket from, Socket to, boolean counted) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[8192];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          if (counted) {
            long before = sent.getAndAdd(n);
            if (before + n > budget) {
              out.write(buffer, 0, (int) Math.max(0, budget - before));
              out.flush();
              cutAll();
              return;
            }
          }
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // the other side closed
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    }, "proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private void cutAll() {
    cut.set(true);
    synchronized (sockets) {
      sockets.forEach(CuttingProxy::closeQuietly);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    cutAll();
  }
}
