package dev.wharf.servlet.request;

import dev.wharf.servlet.http.FormEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request parameters, parsed when one is first asked for, as the spec has it: the query string's, then a
 * {@code POST} form body's. Reading the form consumes the body, so a servlet that took the input stream
 * first gets the query's parameters only.
 *
 * <p>Without a declared charset, parameters are read as UTF-8, as browsers send them and as WHATWG
 * defines {@code application/x-www-form-urlencoded}.
 */
final class RequestParameters {

    private final String queryString;
    private final int maxFormContentSize;
    private Map<String, String[]> parsed;

    RequestParameters(String queryString, int maxFormContentSize) {
        this.queryString = queryString;
        this.maxFormContentSize = maxFormContentSize;
    }

    /**
     * @param form the body to read a form from, or {@code null} when the request has no form or its body
     *             was already taken
     */
    Map<String, String[]> get(InputStream form, long contentLength, Charset charset) {
        if (parsed == null) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            FormEncoding.parse(queryString, StandardCharsets.UTF_8, values);
            if (form != null) {
                FormEncoding.parse(readForm(form, contentLength, charset), charset, values);
            }
            Map<String, String[]> arrays = new LinkedHashMap<>();
            values.forEach((name, list) -> arrays.put(name, list.toArray(String[]::new)));
            parsed = Collections.unmodifiableMap(arrays);
        }
        return parsed;
    }

    boolean isParsed() {
        return parsed != null;
    }

    private String readForm(InputStream body, long contentLength, Charset charset) {
        if (contentLength > maxFormContentSize) {
            throw tooLarge(contentLength);
        }
        try {
            byte[] bytes = body.readNBytes(maxFormContentSize + 1);
            if (bytes.length > maxFormContentSize) {
                throw tooLarge(bytes.length);
            }
            return new String(bytes, charset);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the form parameters failed: " + e.getMessage(), e);
        }
    }

    private IllegalStateException tooLarge(long size) {
        return new IllegalStateException("The form body (" + size + " bytes) is larger than the " + maxFormContentSize
                + " bytes allowed (ServletSettings.maxFormContentSize); read large bodies from getInputStream()");
    }
}
