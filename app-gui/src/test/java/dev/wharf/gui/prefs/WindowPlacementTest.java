package dev.wharf.gui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 740);
    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1024, 700);
    private static final Rectangle2D RIGHT_MONITOR = new Rectangle2D(1366, 0, 2560, 1400);

    @Test
    void aFirstStartOnASmallScreenFillsItRatherThanRunningOffItsEdges() {
        WindowPlacement placement = WindowPlacement.of(WindowState.FIRST_START, List.of(SMALL));

        assertThat(placement.width()).isEqualTo(1024);
        assertThat(placement.height()).isEqualTo(700);
        assertThat(placement.x()).isZero();
        assertThat(placement.y()).isZero();
        assertThat(placement.minWidth()).isEqualTo(WindowPlacement.MIN_WIDTH);
    }

    @Test
    void aFirstStartOnALargeScreenIsCentredAtItsOwnSize() {
        WindowPlacement placement = WindowPlacement.of(WindowState.FIRST_START, List.of(RIGHT_MONITOR));

        assertThat(placement.width()).isEqualTo(1280);
        assertThat(placement.height()).isEqualTo(800);
        assertThat(placement.x()).isEqualTo(1366 + (2560 - 1280) / 2.0);
        assertThat(placement.y()).isEqualTo(300);
    }

    @Test
    void aRememberedPlaceStaysOnTheMonitorThatShowsMostOfTheWindow() {
        WindowState onTheRight = new WindowState(1600, 1000, 1500, 100, false, false, null, List.of());

        WindowPlacement placement = WindowPlacement.of(onTheRight, List.of(LAPTOP, RIGHT_MONITOR));

        assertThat(placement.x()).isEqualTo(1500);
        assertThat(placement.y()).isEqualTo(100);
        assertThat(placement.width()).isEqualTo(1600);
    }

    @Test
    void aPlaceOnAMonitorSinceUnpluggedMovesOntoThePrimaryScreenAtItsSize() {
        WindowState onTheRight = new WindowState(1600, 1000, 1500, 100, false, false, null, List.of());

        WindowPlacement placement = WindowPlacement.of(onTheRight, List.of(LAPTOP));

        assertThat(placement.width()).isEqualTo(1366);
        assertThat(placement.height()).isEqualTo(740);
        assertThat(placement.x()).isZero();
        assertThat(placement.y()).isZero();
    }

    @Test
    void aWindowHalfOffTheEdgeIsMovedBackWhole() {
        WindowState halfOff = new WindowState(1000, 600, 800, -50, false, false, null, List.of());

        WindowPlacement placement = WindowPlacement.of(halfOff, List.of(LAPTOP));

        assertThat(placement.x()).isEqualTo(366);
        assertThat(placement.y()).isZero();
        assertThat(placement.width()).isEqualTo(1000);
    }

    @Test
    void aScreenSmallerThanTheLayoutsLeastSizeLowersTheLeastSizeToIt() {
        WindowPlacement placement =
                WindowPlacement.of(WindowState.FIRST_START, List.of(new Rectangle2D(0, 0, 800, 500)));

        assertThat(placement.minWidth()).isEqualTo(800);
        assertThat(placement.minHeight()).isEqualTo(500);
    }
}
