package dev.wharf.config.catalog;

import dev.wharf.asgi.option.OptionTypes;
import dev.wharf.config.setting.Apply;
import dev.wharf.config.setting.Environment;
import dev.wharf.config.setting.LifespanMode;
import dev.wharf.config.setting.Preset;
import dev.wharf.config.setting.Section;
import dev.wharf.config.setting.Setting;
import dev.wharf.importer.AppInterface;
import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** What to serve: the app, its classpath and how it starts. */
public final class AppOptions {

    private AppOptions() {}

    public static final Setting<String> APP = Setting.define(
                    "app",
                    Section.APP,
                    OptionTypes.optionalText(
                            "APP",
                            "a class name, <class>:<attribute>, or a bundled sample (hello, lifecycle-lab, chat, servlet-api)",
                            AppOptions::appProblem))
            .positional("APP")
            .help(
                    "The app to serve: com.example.Main:app (a static field or no-arg static method giving an App or a "
                            + "Servlet), a class implementing App or Servlet, or a bundled sample (hello, lifecycle-lab, chat, servlet-api).",
                    "Always: it is the one thing Wharf cannot guess.",
                    "Naming the class without the attribute when the App is a static field: write Main:app, not Main.")
            .build();

    public static final Setting<List<String>> APP_DIR = Setting.define(
                    "app_dir",
                    Section.APP,
                    OptionTypes.list(
                            OptionTypes.text("CLASSPATH", "a folder or jar (dir/* for every jar in dir)"),
                            File.pathSeparator))
            .defaultValue(List.of())
            .defaultText("Wharf's own classpath")
            .help(
                    "The app's classpath: folders of classes and jars; dir/* takes every jar in dir. Repeatable.",
                    "Whenever the app is not one of the bundled samples.",
                    "Pointing at the source folder instead of the compiled classes (target/classes).")
            .build();

    public static final Setting<Boolean> FACTORY = Setting.define("factory", Section.APP, OptionTypes.bool())
            .defaultValue(false)
            .help(
                    "Treat APP as a factory (a no-arg method or Supplier<App>) and serve what it returns.",
                    "When the app must be built at start, e.g. from the environment.",
                    "Forgetting it for a method that builds the app: the method is then taken as the app itself.")
            .build();

    public static final Setting<LifespanMode> LIFESPAN = Setting.define(
                    "lifespan", Section.APP, OptionTypes.choice(LifespanMode.class))
            .defaultValue(LifespanMode.AUTO)
            .help(
                    "Whether to send the lifespan scope: auto (an app that raises on it is taken as not supporting it), on "
                            + "(a startup failure stops the worker, exit code 3), off.",
                    "When the app opens pools or loads models at startup and must not serve without them: use on.",
                    "Leaving auto on an app whose startup can fail: the failure is logged and the app serves half-ready.")
            .build();

    public static final Setting<String> ROOT_PATH = Setting.define(
                    "root_path",
                    Section.APP,
                    OptionTypes.text(
                            "PATH",
                            "empty, or a path like /api (starting with '/', not ending with it)",
                            AppOptions::rootPathProblem))
            .defaultValue("")
            .help(
                    "The ASGI root_path: where a proxy mounts the app (e.g. /api); it prefixes path and raw_path, as Uvicorn does.",
                    "Behind a proxy that forwards /api/... to the app with the prefix kept.",
                    "Writing a trailing slash (/api/), or setting it when the proxy strips the prefix.")
            .build();

    public static final Setting<Path> ENV_FILE = Setting.define("env_file", Section.APP, OptionTypes.optionalPath())
            .help(
                    "A .env file (NAME=VALUE lines) whose variables the workers get in their environment.",
                    "To give the app secrets or URLs without exporting them in the shell.",
                    "Expecting it to set Wharf's own WHARF_* options: those are read from the real environment only.")
            .build();

    public static final Setting<Environment> ENVIRONMENT = Setting.define(
                    "environment", Section.APP, OptionTypes.choice(Environment.class))
            .defaultValue(Environment.DEVELOPMENT)
            .apply(Apply.RESTART)
            .help(
                    "What this profile is for: development or production. Development workers compile with C1 only (they start "
                            + "sooner and use less memory); production ones get the full JIT. Wharf warns of development "
                            + "conveniences (such as reload) in a production profile.",
                    "When one project has a profile for each.",
                    "Copying a development profile to production without switching this, and so without the warnings.")
            .build();

    public static final Setting<Preset> PRESET = Setting.define("preset", Section.APP, OptionTypes.choice(Preset.class))
            .defaultValue(Preset.NONE)
            .apply(Apply.SUPERVISOR)
            .help(
                    "Which of the seed's environment profiles this profile started from (local, container, streaming; "
                            + "wharf profile new --preset writes it); the lint then checks what that environment needs.",
                    "Set by wharf profile new --preset or the window's New profile; change it when a profile's purpose "
                            + "changes.",
                    "Editing a container profile into a development one and keeping the preset, which keeps its "
                            + "production warnings.")
            .build();

    public static final Setting<AppInterface> INTERFACE = Setting.define(
                    "interface", Section.APP, OptionTypes.choice(AppInterface.class))
            .defaultValue(AppInterface.AUTO)
            .help(
                    "The contract the app is written for, as Uvicorn's --interface: asgi (Wharf's ASGI API), servlet (a "
                            + "jakarta.servlet.Servlet, served through Wharf's servlet adapter), or auto (a Servlet is "
                            + "served as one, anything else as ASGI).",
                    "To serve a Servlet, JAX-RS (Jersey's ServletContainer) or other Servlet-based app you already have.",
                    "Naming a JAX-RS Application class as APP: APP is the servlet (Jersey's ServletContainer), and the "
                            + "Application goes in --servlet-init-param jakarta.ws.rs.Application=com.example.Api.")
            .build();

    public static final Setting<List<String>> SERVLET_INIT_PARAMS = Setting.define(
                    "servlet_init_params",
                    Section.APP,
                    OptionTypes.list(
                            OptionTypes.text(
                                    "NAME=VALUE",
                                    "NAME=VALUE, e.g. jakarta.ws.rs.Application=com.example.Api",
                                    param -> param.indexOf('=') > 0 ? null : "is not NAME=VALUE"),
                            "\n"))
            .flag("--servlet-init-param")
            .defaultValue(List.of())
            .help(
                    "An init parameter of the servlet and of its context, NAME=VALUE, for servlet apps. Repeatable (one "
                            + "per line in the environment and the form).",
                    "To tell Jersey's ServletContainer its Application class, or a framework its configuration.",
                    "Giving one to an ASGI app, where nothing reads it.")
            .build();

    public static List<Setting<?>> all() {
        return List.of(
                APP,
                APP_DIR,
                FACTORY,
                INTERFACE,
                SERVLET_INIT_PARAMS,
                LIFESPAN,
                ROOT_PATH,
                ENV_FILE,
                ENVIRONMENT,
                PRESET);
    }

    private static String appProblem(String app) {
        if (app.isBlank()) {
            return "is empty";
        }
        return app.chars().anyMatch(Character::isWhitespace) ? "contains white space" : null;
    }

    private static String rootPathProblem(String path) {
        if (path.isEmpty()) {
            return null;
        }
        if (!path.startsWith("/")) {
            return "does not start with '/'";
        }
        return path.endsWith("/") ? "ends with '/'" : null;
    }
}
