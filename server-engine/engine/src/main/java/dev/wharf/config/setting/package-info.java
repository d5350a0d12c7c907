/**
 * What a setting is: its definition ({@link dev.wharf.config.setting.Setting}: key, flag,
 * environment variables, type, default, help), the section it shows in, how a change applies, the
 * enums its values are drawn from, and how a refused value is reported. Types, parsing and help
 * text come from the option system ({@code dev.wharf.asgi.option}); nothing here knows which
 * settings exist.
 */
package dev.wharf.config.setting;
