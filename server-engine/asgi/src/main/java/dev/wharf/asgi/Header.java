package dev.wharf.asgi;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One entry of an ASGI {@code headers} list: a {@code [name, value]} pair of byte strings.
 *
 * <p>Headers the server hands to the application have lower-case names. Headers are bytes on the
 * wire, and ASGI keeps them that way; {@link #of(String, String)} encodes text as ISO-8859-1, the
 * charset of HTTP/1.1 header fields.
 */
public record Header(byte[] name, byte[] value) {

    public Header {
        if (name == null || value == null) {
            throw new IllegalArgumentException("header name and value must not be null");
        }
    }

    /** A header from text, encoded as ISO-8859-1. */
    public static Header of(String name, String value) {
        return new Header(name.getBytes(StandardCharsets.ISO_8859_1), value.getBytes(StandardCharsets.ISO_8859_1));
    }

    public String nameText() {
        return new String(name, StandardCharsets.ISO_8859_1);
    }

    public String valueText() {
        return new String(value, StandardCharsets.ISO_8859_1);
    }

    /** Whether this header's name equals {@code other}, ignoring ASCII case. */
    public boolean nameIs(String other) {
        if (other.length() != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (Character.toLowerCase((char) (name[i] & 0xff)) != Character.toLowerCase(other.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Header h && Arrays.equals(name, h.name) && Arrays.equals(value, h.value);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(name) + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return nameText() + ": " + valueText();
    }
}
