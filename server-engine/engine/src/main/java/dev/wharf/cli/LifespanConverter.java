package dev.wharf.cli;

import dev.wharf.config.LifespanMode;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --lifespan auto|on|off}, lower-case as Uvicorn spells them. */
final class LifespanConverter implements ITypeConverter<LifespanMode> {

    @Override
    public LifespanMode convert(String value) {
        try {
            return LifespanMode.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not one of auto, on, off.");
        }
    }
}
