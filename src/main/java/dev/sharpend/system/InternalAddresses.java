package dev.sharpend.system;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The one rule for which addresses count as inside the network Sharpend runs in, shared
 * by everything that fetches or posts to a URL someone else gave (webhooks, chat
 * messages, Prometheus metrics).
 */
public final class InternalAddresses {

	private InternalAddresses() {
	}

	/**
	 * Whether an address belongs to a private, loopback, link-local or reserved range.
	 */
	public static boolean internal(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			// 0/8 "this network", 100.64/10 carrier-grade NAT, 192.0.0/24 protocol
			// assignments, 198.18/15 benchmarking, 240/4 reserved and broadcast.
			return first == 0 || (first == 100 && (second & 0xc0) == 64)
					|| (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second & 0xfe) == 18)
					|| first >= 240;
		}
		if (address instanceof Inet6Address) {
			if ((b[0] & 0xfe) == 0xfc || transition(b)) {
				return true;
			}
			Optional<InetAddress> embedded = embeddedIpv4(b);
			return embedded.isPresent() && internal(embedded.get());
		}
		return false;
	}

	/**
	 * The IPv4 address inside an IPv4-compatible, IPv4-mapped or NAT64 (64:ff9b::/96)
	 * IPv6 address, which would otherwise let 127.0.0.1 through in IPv6 dress.
	 */
	/**
	 * Local-use NAT64 (64:ff9b:1::/48), 6to4 (2002::/16) and Teredo (2001::/32): relays
	 * unwrap them into IPv4 addresses that may be internal, and no webhook lives there.
	 */
	private static boolean transition(byte[] b) {
		boolean localNat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && b[4] == 0
				&& b[5] == 1;
		boolean sixToFour = b[0] == 0x20 && b[1] == 0x02;
		boolean teredo = b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0;
		return localNat64 || sixToFour || teredo;
	}

	private static Optional<InetAddress> embeddedIpv4(byte[] b) {
		boolean zeroPrefix = true;
		for (int i = 0; i < 10; i++) {
			zeroPrefix &= b[i] == 0;
		}
		boolean mapped = zeroPrefix && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff));
		boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
		for (int i = 4; nat64 && i < 12; i++) {
			nat64 = b[i] == 0;
		}
		if (!mapped && !nat64) {
			return Optional.empty();
		}
		try {
			return Optional.of(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

}
