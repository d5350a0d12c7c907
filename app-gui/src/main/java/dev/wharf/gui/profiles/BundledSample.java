package dev.wharf.gui.profiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;

/**
 * A sample that ships with Wharf, as its jar describes itself ({@code META-INF/wharf/sample.properties}:
 * name and description). The GUI offers a ready profile for each, so a newcomer can press Start at
 * once; it reads only the descriptor, never the sample's code, which the workers load.
 *
 * @param name         the name the app setting accepts ({@code lifecycle-lab})
 * @param description  one line saying what it shows
 */
public record BundledSample(String name, String description) {

    static final String DESCRIPTOR = "META-INF/wharf/sample.properties";

    /** The samples visible to {@code loader}, sorted by name, each once. */
    public static List<BundledSample> on(ClassLoader loader) {
        List<BundledSample> found = new ArrayList<>();
        try {
            Enumeration<URL> descriptors = loader.getResources(DESCRIPTOR);
            while (descriptors.hasMoreElements()) {
                Properties properties = new Properties();
                try (InputStream in = descriptors.nextElement().openStream()) {
                    properties.load(in);
                }
                String name = properties.getProperty("name");
                if (name != null && found.stream().noneMatch(s -> s.name().equals(name))) {
                    found.add(new BundledSample(name, properties.getProperty("description", "")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the bundled samples", e);
        }
        found.sort(Comparator.comparing(BundledSample::name));
        return Collections.unmodifiableList(found);
    }
}
