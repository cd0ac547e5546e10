package io.braingobrrr.sync.outbox;

import okhttp3.Dns;
import okhttp3.Interceptor;
import okhttp3.Response;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Where the workstation's outbound HTTP (webhooks, FHIR) may go. Loopback and private networks stay allowed: a
 * hospital's integration engine lives on its LAN or beside the workstation. Refused are the addresses no receiver
 * legitimately has and a forged subscription would aim at: link-local (169.254.0.0/16 holds the cloud metadata
 * service, fe80::/10), multicast, and "this network" 0.0.0.0/8 (which Linux routes to the host itself).
 * As an OkHttp {@link Dns} the check runs on every connection, after resolution, so a name that later resolves to
 * such an address (DNS rebinding) is refused. OkHttp does not ask the Dns about IP literals (including the one-number
 * form 2852039166 = 169.254.169.254), so as an {@link Interceptor} it checks those before the call goes out.
 */
public final class TargetAddresses implements Dns, Interceptor {
    private final Dns resolver;

    public TargetAddresses() {
        this(Dns.SYSTEM);
    }

    TargetAddresses(Dns resolver) {
        this.resolver = resolver;
    }

    /** Why the workstation never posts to {@code a}, or null when it may. */
    public static String refusal(InetAddress a) {
        if (a.isLinkLocalAddress()) return "link-local (e.g. a cloud metadata service)";
        if (a.isMulticastAddress()) return "multicast";
        if (a.isAnyLocalAddress() || (a instanceof Inet4Address && a.getAddress()[0] == 0)) return "'this network' (0.0.0.0/8)";
        return null;
    }

    /**
     * For a URL's host when it is an IP literal in any form Java and OkHttp accept (dotted or one-number IPv4, IPv6
     * with or without brackets): the refusal, or null. Names are not resolved here (they may not resolve yet where they
     * are configured); {@link #lookup} checks them on use.
     */
    public static String refusalOfLiteral(String host) {
        if (host == null || host.isEmpty()) return null;
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!h.matches("[\\d.]+") && !h.contains(":")) return null;
        try {
            return refusal(InetAddress.getByName(h));        // a literal: parsed, never looked up
        } catch (UnknownHostException e) {
            return null;                                     // not a valid literal: OkHttp will fail on it by itself
        }
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String host = chain.request().url().host();
        String why = refusalOfLiteral(host);
        if (why != null) throw new IOException(host + " is a " + why + " address: the workstation does not post there");
        return chain.proceed(chain.request());
    }

    @Override
    public List<InetAddress> lookup(String host) throws UnknownHostException {
        List<InetAddress> all = resolver.lookup(host);
        List<InetAddress> allowed = all.stream().filter(a -> refusal(a) == null).toList();
        if (allowed.isEmpty()) {
            String why = all.isEmpty() ? "no address" : all.get(0).getHostAddress() + ", " + refusal(all.get(0));
            throw new UnknownHostException(host + " resolves to " + why + ": the workstation does not post there");
        }
        return allowed;
    }
}
