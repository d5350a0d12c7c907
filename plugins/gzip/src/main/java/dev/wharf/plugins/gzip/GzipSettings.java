package dev.wharf.plugins.gzip;

/**
 * The gzip plugin's validated options, read once when it wraps the app.
 *
 * @param minimumSize  the smallest known body size that gets compressed
 * @param level        the deflate level, 1 to 9
 * @param contentTypes the media types worth compressing
 */
record GzipSettings(int minimumSize, int level, ContentTypes contentTypes) {}
