package dev.wharf.plugins.staticfiles;

import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code Content-Type} of a file, from its extension. The JDK's own table lacks much of the web
 * (JavaScript modules, fonts, WebAssembly), so the web's types come first; text types get
 * {@code charset=utf-8}, as a browser would otherwise guess.
 */
final class MediaTypes {

    private static final String UNKNOWN = "application/octet-stream";

    private static final Map<String, String> WEB = Map.ofEntries(
            Map.entry("html", "text/html"),
            Map.entry("htm", "text/html"),
            Map.entry("css", "text/css"),
            Map.entry("js", "text/javascript"),
            Map.entry("mjs", "text/javascript"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("txt", "text/plain"),
            Map.entry("md", "text/markdown"),
            Map.entry("csv", "text/csv"),
            Map.entry("xml", "application/xml"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/vnd.microsoft.icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("wav", "audio/wav"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("zip", "application/zip"),
            Map.entry("gz", "application/gzip"));

    private MediaTypes() {}

    static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = WEB.get(extension);
        if (type == null) {
            type = URLConnection.guessContentTypeFromName(fileName);
        }
        if (type == null) {
            return UNKNOWN;
        }
        return type.startsWith("text/") ? type + "; charset=utf-8" : type;
    }
}
