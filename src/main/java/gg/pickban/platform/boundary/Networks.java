package gg.pickban.platform.boundary;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** A set of CIDR ranges (IPv4 and IPv6) and whether a literal address falls into one of them. */
public record Networks(List<Range> ranges) {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    record Range(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = address.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .shiftRight(prefix).not();
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }

    public static Networks parse(List<String> cidrs) {
        return new Networks(cidrs.stream().map(String::trim).filter(s -> !s.isEmpty()).map(Networks::range)
                .filter(Objects::nonNull).toList());
    }

    public boolean contains(String address) {
        byte[] bytes = literal(address);
        return bytes != null && ranges.stream().anyMatch(range -> range.contains(bytes));
    }

    private static Range range(String cidr) {
        int slash = cidr.indexOf('/');
        byte[] network = literal(slash < 0 ? cidr : cidr.substring(0, slash));
        if (network == null) {
            return null;
        }
        int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
        return new Range(network, prefix);
    }

    /** Only IP literals: a host name here must never cause a DNS lookup. */
    private static byte[] literal(String address) {
        if (address == null) {
            return null;
        }
        String plain = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (!IP_LITERAL.matcher(plain).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(plain).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
