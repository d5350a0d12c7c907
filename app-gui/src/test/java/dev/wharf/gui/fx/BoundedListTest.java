package dev.wharf.gui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import org.junit.jupiter.api.Test;

class BoundedListTest {

    @Test
    void keepsTheNewestElementsOnceFull() {
        BoundedList<Integer> list = new BoundedList<>(5);

        list.append(List.of(1, 2, 3));
        list.append(List.of(4, 5, 6, 7));

        assertThat(list).containsExactly(3, 4, 5, 6, 7);
    }

    @Test
    void aBatchLargerThanTheCapacityKeepsItsLastElements() {
        BoundedList<Integer> list = new BoundedList<>(3);
        list.append(List.of(1));

        list.append(IntStream.rangeClosed(10, 20).boxed().toList());

        assertThat(list).containsExactly(18, 19, 20);
    }

    @Test
    void anAppendIsOneChangeThatDropsFromTheFrontAndAddsAtTheEnd() {
        BoundedList<String> list = new BoundedList<>(4);
        list.append(List.of("a", "b", "c"));
        List<String> seen = new ArrayList<>();
        list.addListener((ListChangeListener<String>) change -> {
            seen.add("change");
            while (change.next()) {
                if (change.wasRemoved()) {
                    seen.add("removed " + change.getRemoved() + " at " + change.getFrom());
                }
                if (change.wasAdded()) {
                    seen.add("added " + change.getAddedSubList() + " at " + change.getFrom());
                }
            }
        });

        list.append(List.of("d", "e", "f"));

        assertThat(seen).containsExactly("change", "removed [a, b] at 0", "added [d, e, f] at 1");
        assertThat(list).containsExactly("c", "d", "e", "f");
    }

    @Test
    void aFilteredViewFollowsTheRingAsItWraps() {
        BoundedList<Integer> list = new BoundedList<>(6);
        FilteredList<Integer> even = new FilteredList<>(list, n -> n % 2 == 0);

        for (int n = 0; n < 40; n += 4) {
            list.append(List.of(n, n + 1, n + 2, n + 3));
        }

        assertThat(list).containsExactly(34, 35, 36, 37, 38, 39);
        assertThat(even).containsExactly(34, 36, 38);
    }

    @Test
    void clearEmptiesItAndItFillsAgain() {
        BoundedList<Integer> list = new BoundedList<>(2);
        list.append(List.of(1, 2, 3));

        list.clear();
        list.append(List.of(4));

        assertThat(list).containsExactly(4);
    }

    @Test
    void readingPastTheEndNamesTheIndexAndTheSize() {
        BoundedList<Integer> list = new BoundedList<>(2);
        list.append(List.of(1));

        assertThatThrownBy(() -> list.get(1))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("index 1 of 1");
    }
}
