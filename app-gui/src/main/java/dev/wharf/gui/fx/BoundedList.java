package dev.wharf.gui.fx;

import java.util.Arrays;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * An observable list of at most {@code capacity} elements that only grows at its end and drops its
 * oldest elements when full, kept in a ring. Appending a batch is one change: the elements dropped
 * from the front and those added at the end. JavaFX's array-backed lists remove from the front one
 * element at a time, each shifting all the others and reported on its own; with a log view taking
 * thousands of lines a second that was most of the window's work.
 */
public final class BoundedList<E> extends ObservableListBase<E> {

    private final Object[] ring;
    private int head;
    private int size;

    public BoundedList(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.ring = new Object[capacity];
    }

    /** Appends {@code added}, dropping the oldest elements to stay within capacity; one change. */
    public void append(List<? extends E> added) {
        if (added.isEmpty()) {
            return;
        }
        List<? extends E> kept =
                added.size() > ring.length ? added.subList(added.size() - ring.length, added.size()) : added;
        int dropped = Math.max(0, size + kept.size() - ring.length);
        beginChange();
        try {
            if (dropped > 0) {
                List<E> removed = List.copyOf(subList(0, dropped));
                head = (head + dropped) % ring.length;
                size -= dropped;
                nextRemove(0, removed);
            }
            int from = size;
            for (E element : kept) {
                ring[(head + size) % ring.length] = element;
                size++;
            }
            nextAdd(from, size);
        } finally {
            endChange();
        }
    }

    @Override
    public void clear() {
        if (size == 0) {
            return;
        }
        beginChange();
        try {
            nextRemove(0, List.copyOf(this));
            Arrays.fill(ring, null);
            head = 0;
            size = 0;
        } finally {
            endChange();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size);
        }
        return (E) ring[(head + index) % ring.length];
    }

    @Override
    public int size() {
        return size;
    }

    public int capacity() {
        return ring.length;
    }
}
