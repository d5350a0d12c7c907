package dev.wharf.cli;

import dev.wharf.config.LogLevel;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --log-level}, lower-case as Uvicorn spells the levels. */
final class LogLevelConverter implements ITypeConverter<LogLevel> {

    @Override
    public LogLevel convert(String value) {
        try {
            return LogLevel.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not one of critical, error, warning, info, debug, trace.");
        }
    }
}
