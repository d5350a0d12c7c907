/**
 * Every setting of Wharf, defined once per section with its type, default, help and how it applies
 * ({@code AppOptions}, {@code ServerOptions}, …). It uses the vocabulary of {@code config.setting}
 * and the types of {@code dev.wharf.asgi.option}; {@code dev.wharf.config} puts the sections together.
 */
package dev.wharf.config.catalog;
