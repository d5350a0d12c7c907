package dev.wharf.servlet.response;

import java.nio.charset.StandardCharsets;

/** The small HTML page {@code sendError} answers with: the status, its reason and the message, escaped. */
final class ErrorPage {

    private ErrorPage() {}

    static byte[] html(int status, String message) {
        String title = status + " " + reason(status);
        StringBuilder page = new StringBuilder(256)
                .append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title))
                .append("</title></head>\n<body><h1>")
                .append(escape(title))
                .append("</h1>");
        if (message != null && !message.isEmpty() && !message.equals(reason(status))) {
            page.append("\n<p>").append(escape(message)).append("</p>");
        }
        return page.append("</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 411 -> "Length Required";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : "";
        };
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
