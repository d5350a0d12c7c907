package dev.wharf.gui.profiles;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.profile.ProfileException;
import dev.wharf.config.profile.ProfileFile;
import dev.wharf.config.setting.Setting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The profiles folder: one JSON profile file per server profile, in the settings model's format,
 * written atomically by {@link ProfileFile}. A file that fails to parse is reported, renamed aside
 * ({@code name.json.broken}) and never written over; a project's own {@code wharf.json} opened from
 * elsewhere is never moved. Blocking file work: callers keep it off the FX thread.
 */
public final class ProfileStore {

    static final String SEEDED = ".bundled-samples";
    private static final String SUFFIX = ".json";
    private static final String BROKEN = ".broken";

    private final Path folder;

    public ProfileStore(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** What the folder held: the profiles that parse, and a message for each file that did not. */
    public record Loaded(List<Profile> profiles, List<String> problems) {}

    public Loaded loadAll() throws IOException {
        List<Profile> profiles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Loaded(profiles, problems);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            listing.forEach(files::add);
        }
        files.sort(Comparator.comparing(Path::getFileName));
        for (Path file : files) {
            try {
                profiles.add(new Profile(file, ProfileFile.read(file), false));
            } catch (ProfileException e) {
                Path aside = setAside(file);
                problems.add(e.getMessage() + ". It was moved to " + aside.getFileName()
                        + " and is left as it is: fix it there, then open it with Open….");
            }
        }
        profiles.sort(Comparator.comparing(p -> p.name().toLowerCase(Locale.ROOT)));
        return new Loaded(profiles, problems);
    }

    /** A profile file from anywhere, such as a project's {@code wharf.json}; it stays where it is. */
    public Profile open(Path file) throws ProfileException {
        Path absolute = file.toAbsolutePath().normalize();
        return new Profile(
                absolute,
                ProfileFile.read(absolute),
                !absolute.startsWith(folder.toAbsolutePath().normalize()));
    }

    /**
     * Writes a profile for each bundled sample not offered before, so a first start has profiles to
     * press Start on, a later sample appears when it ships, and one the user deleted stays deleted.
     */
    public List<Profile> seed(List<BundledSample> samples) throws IOException {
        Files.createDirectories(folder);
        Path seededFile = folder.resolve(SEEDED);
        Set<String> seeded = new LinkedHashSet<>();
        if (Files.isRegularFile(seededFile)) {
            Files.readAllLines(seededFile, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .forEach(seeded::add);
        }
        List<Profile> created = new ArrayList<>();
        for (BundledSample sample : samples) {
            if (seeded.add(sample.name())) {
                created.add(create(sample.name(), Settings.defaults().with(AppOptions.APP, sample.name())));
            }
        }
        if (!created.isEmpty()) {
            Files.write(seededFile, seeded, StandardCharsets.UTF_8);
        }
        return created;
    }

    /** A new profile file named after {@code name}, never replacing an existing or set-aside one. */
    public Profile create(String name, Settings settings) throws IOException {
        return create(name, settings, List.of());
    }

    /** A new profile whose file names the {@code stated} settings even where they equal their defaults (a preset's). */
    public Profile create(String name, Settings settings, List<Setting<?>> stated) throws IOException {
        Profile blank = Profile.blank(freeFile(name), name);
        ProfileFile.write(blank.file(), name, settings, blank.unknown(), stated);
        return new Profile(blank.file(), ProfileFile.read(blank.file()), blank.external());
    }

    /** Writes {@code settings} under {@code name} to the profile's file, keeping its plugins and unknown keys. */
    public Profile save(Profile profile, String name, Settings settings) throws IOException {
        ProfileFile.write(profile.file(), name, settings, profile.unknown());
        return new Profile(profile.file(), ProfileFile.read(profile.file()), profile.external());
    }

    /** A copy in a new file; the copy's settings are {@code settings} (what the form shows). */
    public Profile duplicate(Profile profile, String name, Settings settings) throws IOException {
        Profile copy = new Profile(freeFile(name), profile.document(), false);
        return save(copy, name, settings);
    }

    /**
     * Renames a profile. One in the profiles folder moves to a file named after it; a project's
     * {@code wharf.json} keeps its file name and only its {@code name} changes.
     */
    public Profile rename(Profile profile, String name, Settings settings) throws IOException {
        if (profile.external()) {
            return save(profile, name, settings);
        }
        Profile moved = save(new Profile(freeFile(name), profile.document(), false), name, settings);
        Files.deleteIfExists(profile.file());
        return moved;
    }

    /** Deletes a profile's file; a project's {@code wharf.json} is only forgotten, never deleted. */
    public void delete(Profile profile) throws IOException {
        if (!profile.external()) {
            Files.deleteIfExists(profile.file());
        }
    }

    private Path freeFile(String name) throws IOException {
        Files.createDirectories(folder);
        String base = slug(name);
        Path candidate = folder.resolve(base + SUFFIX);
        for (int n = 2; taken(candidate); n++) {
            candidate = folder.resolve(base + "-" + n + SUFFIX);
        }
        return candidate;
    }

    private static boolean taken(Path file) {
        return Files.exists(file) || Files.exists(file.resolveSibling(file.getFileName() + BROKEN));
    }

    private static Path setAside(Path file) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + BROKEN);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + BROKEN + "-" + n);
        }
        return Files.move(file, aside);
    }

    /** A file name made of the profile's name: lower case, letters, digits and dashes. */
    static String slug(String name) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "profile" : slug;
    }
}
