/**
 * Typed options: what a value may be, how it is typed as text, read from a JSON value and shown,
 * and the words that refuse it ("70000 is out of range; use a whole number from 0 to 65535").
 *
 * <p>One option system for Wharf's own settings and for plugins' options: an {@link
 * dev.wharf.asgi.option.Option} has a name, an {@link dev.wharf.asgi.option.OptionType}, a
 * default and {@link dev.wharf.asgi.option.OptionHelp}; the types are made by {@link
 * dev.wharf.asgi.option.OptionTypes}. The command line, the environment, profile files, the
 * window's forms and the worker all parse and check through these types, so they accept and refuse
 * the same values with the same words.
 *
 * <p>Like the rest of the ASGI API this package has no third-party dependency: a JSON value is
 * plain Java ({@code String}, {@code Number}, {@code Boolean}, {@code List}, {@code Map} or {@code
 * null}); whoever reads JSON converts its own tree at its edge.
 */
package dev.wharf.asgi.option;
