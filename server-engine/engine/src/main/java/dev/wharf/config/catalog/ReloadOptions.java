package dev.wharf.config.catalog;

import dev.wharf.asgi.option.OptionTypes;
import dev.wharf.asgi.option.TextType;
import dev.wharf.config.setting.Apply;
import dev.wharf.config.setting.ReloadMode;
import dev.wharf.config.setting.Section;
import dev.wharf.config.setting.Setting;
import java.io.File;
import java.nio.file.FileSystems;
import java.time.Duration;
import java.util.List;

/** Reload on file change: what is watched and how soon a change rolls out. */
public final class ReloadOptions {

    private ReloadOptions() {}

    private static final TextType GLOB =
            OptionTypes.text("GLOB", "a glob such as *.java or **/static/**", ReloadOptions::globProblem);

    public static final Setting<Boolean> RELOAD = Setting.define("reload", Section.RELOAD, OptionTypes.bool())
            .defaultValue(false)
            .apply(Apply.SUPERVISOR)
            .help(
                    "Watch the app's files; on a change compile what changed and roll a new generation of workers, "
                            + "keeping the last good one serving if the build or startup fails.",
                    "While developing.",
                    "Leaving it on in production, where a stray file write restarts the workers.")
            .build();

    public static final Setting<List<String>> RELOAD_DIRS = Setting.define(
                    "reload_dirs",
                    Section.RELOAD,
                    OptionTypes.list(OptionTypes.text("DIR", "a folder"), File.pathSeparator))
            .flag("--reload-dir")
            .defaultValue(List.of())
            .defaultText("the app's source and class folders")
            .apply(Apply.SUPERVISOR)
            .help(
                    "A folder to watch. Repeatable.",
                    "When the app's sources are not where Wharf looks (next to --app-dir's target/classes).",
                    "Watching the whole project, build output and caches included: every build then triggers reloads.")
            .build();

    public static final Setting<List<String>> RELOAD_INCLUDES = Setting.define(
                    "reload_includes", Section.RELOAD, OptionTypes.list(GLOB, ","))
            .flag("--reload-include")
            .defaultValue(List.of(
                    "*.java",
                    "*.class",
                    "*.jar",
                    "*.properties",
                    "*.json",
                    "*.xml",
                    "*.yaml",
                    "*.yml",
                    "*.html",
                    "*.css",
                    "*.js",
                    "*.txt"))
            .apply(Apply.SUPERVISOR)
            .help(
                    "A glob of files whose change triggers a reload. Repeatable; comma-separated in the environment.",
                    "When the app reads other files at startup (templates, *.sql).",
                    "Including generated files the build rewrites on every run.")
            .build();

    public static final Setting<List<String>> RELOAD_EXCLUDES = Setting.define(
                    "reload_excludes", Section.RELOAD, OptionTypes.list(GLOB, ","))
            .flag("--reload-exclude")
            .defaultValue(List.of(
                    ".*",
                    ".*/**",
                    "**/.*/**",
                    "*~",
                    "*.swp",
                    "*.swx",
                    "*.tmp",
                    "#*#",
                    ".#*",
                    "**/node_modules/**",
                    "**/target/*-reports/**",
                    "**/target/maven-status/**"))
            .apply(Apply.SUPERVISOR)
            .help(
                    "A glob of files whose change never triggers a reload; it wins over --reload-include. Repeatable.",
                    "To ignore folders that change on their own (uploads, logs).",
                    "Excluding target/classes, where compiled changes land.")
            .build();

    public static final Setting<Duration> RELOAD_DELAY = Setting.define(
                    "reload_delay", Section.RELOAD, OptionTypes.seconds(Duration.ZERO))
            .defaultValue(Duration.ofMillis(250))
            .apply(Apply.SUPERVISOR)
            .help(
                    "The least time between two reloads, as Uvicorn's: changes made during a reload or sooner "
                            + "than this after it wait and are reloaded together. A change is acted on once files "
                            + "have been still for 50 ms.",
                    "Longer when a build writes its output in several steps and each step reloads.",
                    "Raising it so one save does not reload twice: the 50 ms of stillness already makes a save one reload.")
            .build();

    public static final Setting<ReloadMode> RELOAD_MODE = Setting.define(
                    "reload_mode", Section.RELOAD, OptionTypes.choice(ReloadMode.class))
            .defaultValue(ReloadMode.SWAP)
            .apply(Apply.SUPERVISOR)
            .help(
                    "swap: when only method bodies changed, redefine the classes inside the running workers, keeping "
                            + "app.state, sessions and connections (a static initializer is not run again); anything "
                            + "else rolls a new generation, with the reason. restart: always roll a new generation.",
                    "restart for an app that caches what its old code computed, or runs code once at startup.",
                    "Expecting a swap to re-run a static initializer or lifespan startup: neither runs again.")
            .build();

    public static List<Setting<?>> all() {
        return List.of(RELOAD, RELOAD_DIRS, RELOAD_INCLUDES, RELOAD_EXCLUDES, RELOAD_DELAY, RELOAD_MODE);
    }

    private static String globProblem(String glob) {
        if (glob.isBlank()) {
            return "is empty";
        }
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + glob);
            return null;
        } catch (IllegalArgumentException e) {
            return "is not a valid glob (" + e.getMessage().lines().findFirst().orElse("") + ")";
        }
    }
}
