package dev.wharf.servlet.scan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import java.io.InputStream;
import java.io.Serializable;
import org.junit.jupiter.api.Test;

/** Reading a class file's header without loading the class. */
class ClassFileHeaderTest {

    @WebServlet("/sample")
    static class Sample extends HttpServlet implements Serializable, Runnable {
        private static final long MAX = Long.MAX_VALUE; // a two-slot constant before the class names
        private static final double RATIO = 0.5;

        @Override
        public void run() {}
    }

    @Test
    void namesSupertypesAndTheAnnotationsTheClassMentions() throws Exception {
        ClassFileHeader header;
        try (InputStream in = Sample.class.getResourceAsStream("ClassFileHeaderTest$Sample.class")) {
            header = ClassFileHeader.read(in);
        }

        assertThat(header.name()).isEqualTo(Sample.class.getName());
        assertThat(header.superName()).isEqualTo(HttpServlet.class.getName());
        assertThat(header.interfaces()).containsExactly(Serializable.class.getName(), Runnable.class.getName());
        assertThat(header.mentions(WebServlet.class)).isTrue();
        assertThat(header.mentions(Deprecated.class)).isFalse();
    }
}
