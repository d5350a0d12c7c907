package dev.wharf.cli;

import dev.wharf.asgi.option.OptionKind;
import dev.wharf.config.SettingsModel;
import dev.wharf.config.setting.Section;
import dev.wharf.config.setting.Setting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The settings model as picocli options: one option per setting with Uvicorn's flag ({@code --x}
 * and {@code --no-x} for a boolean, repeatable for a list), grouped by section in {@code --help}.
 * Picocli only splits the command line; every value is converted and checked by the model, so the
 * command line refuses exactly what the environment, the profile file and the GUI refuse.
 */
final class ModelOptions {

    private final Map<Setting<?>, ArgSpec> specs = new LinkedHashMap<>();

    /** Adds every setting of the model to {@code spec}. */
    static ModelOptions addTo(CommandSpec spec) {
        ModelOptions options = new ModelOptions();
        for (Section section : Section.values()) {
            List<Setting<?>> settings = SettingsModel.in(section);
            if (settings.isEmpty()) {
                continue;
            }
            ArgGroupSpec.Builder group = ArgGroupSpec.builder()
                    .heading("%n" + section.title() + ":%n")
                    .exclusive(false)
                    .multiplicity("0..1");
            boolean any = false;
            for (Setting<?> setting : settings) {
                if (setting.positional()) {
                    PositionalParamSpec param = positional(setting);
                    spec.addPositional(param);
                    options.specs.put(setting, param);
                } else {
                    OptionSpec option = option(setting);
                    group.addArg(option);
                    options.specs.put(setting, option);
                    any = true;
                }
            }
            if (any) {
                spec.addArgGroup(group.build());
            }
        }
        return options;
    }

    private static PositionalParamSpec positional(Setting<?> setting) {
        return PositionalParamSpec.builder()
                .index("0")
                .arity("0..1")
                .paramLabel(setting.flag())
                .type(String.class)
                .description(description(setting))
                .build();
    }

    private static OptionSpec option(Setting<?> setting) {
        OptionKind kind = setting.type().kind();
        if (kind == OptionKind.BOOLEAN) {
            return OptionSpec.builder(setting.flag())
                    .negatable(true)
                    .type(Boolean.class)
                    .arity("0")
                    .description(description(setting))
                    .build();
        }
        OptionSpec.Builder option = OptionSpec.builder(setting.flag())
                .paramLabel(setting.type().label())
                .arity("1")
                .description(description(setting));
        if (kind == OptionKind.LIST) {
            option.type(List.class).auxiliaryTypes(String.class).initialValue(new ArrayList<String>());
        } else {
            option.type(String.class);
        }
        return option.build();
    }

    private static String description(Setting<?> setting) {
        String env = String.join(", ", setting.environment());
        return setting.help().what() + " [default: " + setting.defaultText() + "; env: " + env + "; "
                + setting.apply().label() + "]";
    }

    /** The values given on the command line, per setting, one item per occurrence; booleans as true/false. */
    Map<Setting<?>, List<String>> given() {
        Map<Setting<?>, List<String>> given = new LinkedHashMap<>();
        specs.forEach((setting, spec) -> {
            Object value = spec.getValue();
            if (value instanceof List<?> list) {
                if (!list.isEmpty()) {
                    given.put(setting, list.stream().map(String::valueOf).toList());
                }
            } else if (value != null) {
                given.put(setting, List.of(String.valueOf(value)));
            }
        });
        return given;
    }
}
