package dev.wharf.gui;

import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** A view's scene styled as the window styles its own: the light theme and Wharf's stylesheet. */
public final class StyledScenes {

    private StyledScenes() {}

    public static Scene light(Parent view, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(view, width, height);
        scene.getStylesheets()
                .add(Objects.requireNonNull(WharfWindow.class.getResource("wharf.css"))
                        .toExternalForm());
        return scene;
    }
}
