package io.buildsite.cli.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names a request may give in its {@code Host} header: this machine's loopback names and the
 * address the preview listens on (every address of the machine when it listens on all of them).
 * Anything else is a page of another site whose name was pointed at this machine.
 */
record AllowedHosts(Set<String> names) {
    static AllowedHosts of(InetSocketAddress listening) {
        Set<String> names = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
        names.add(normalize(listening.getHostString()));
        InetAddress address = listening.getAddress();
        if (address != null) {
            names.add(normalize(address.getHostAddress()));
            if (address.isAnyLocalAddress()) {
                addEveryAddressOfThisMachine(names);
            }
        }
        return new AllowedHosts(Set.copyOf(names));
    }

    /** Whether a request with this {@code Host} header (with or without a port) may be answered. */
    boolean allows(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        int portColon = host.startsWith("[") ? host.indexOf("]:") + 1 : host.indexOf(':');
        if (portColon > 0) {
            host = host.substring(0, portColon);
        }
        return names.contains(host.endsWith(".") ? host.substring(0, host.length() - 1) : host);
    }

    private static void addEveryAddressOfThisMachine(Set<String> names) {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    names.add(normalize(a.getHostAddress()));
                }
            }
            names.add(normalize(InetAddress.getLocalHost().getHostName()));
        } catch (SocketException | UnknownHostException e) {
            // the loopback names and the listening address still work
        }
    }

    /** Lower case; an IPv6 address in brackets, without its zone, as a Host header writes it. */
    private static String normalize(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        int zone = h.indexOf('%');
        if (zone >= 0) {
            h = h.substring(0, zone);
        }
        return h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
    }
}
