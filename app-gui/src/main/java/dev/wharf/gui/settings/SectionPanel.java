package dev.wharf.gui.settings;

import dev.wharf.config.setting.Section;
import dev.wharf.config.setting.Setting;
import java.util.Set;
import javafx.scene.Node;

/**
 * A panel at the top of one section of the settings form, in place of the plain rows of the
 * settings it edits in its own way (the Plugins panel edits {@code plugins} and
 * {@code plugin_options}; taking the app from a Maven project sets {@code app} and {@code app_dir}
 * but leaves their rows).
 *
 * @param section  the section it heads
 * @param node     the panel
 * @param replaces the settings whose rows it stands for, left out of the form
 */
public record SectionPanel(Section section, Node node, Set<Setting<?>> replaces) {

    public SectionPanel {
        replaces = Set.copyOf(replaces);
    }
}
