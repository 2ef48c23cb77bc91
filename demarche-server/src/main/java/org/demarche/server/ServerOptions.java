package org.demarche.server;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where the server listens, and the token that corrections need.
 *
 * @param host  the address to bind; loopback by default, so nothing is reachable from another machine unless asked
 * @param port  the port, 0 for any free one
 * @param token the bearer token that merge and split requests must present, or null for none; never null when
 *              the server listens beyond loopback
 */
public record ServerOptions(String host, int port, String token) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public ServerOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be from 0 to 65535, not " + port);
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the corrections token must not be blank");
        }
        if (token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("listening on " + host + ", beyond loopback, needs a corrections token");
        }
    }

    public static ServerOptions loopback(int port) {
        return new ServerOptions(LOOPBACK, port, null);
    }

    /** Whether {@code host} names only this machine (127.0.0.0/8, ::1, localhost). */
    public static boolean isLoopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host to listen on: " + host, e);
        }
    }
}
