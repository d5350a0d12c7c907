package dev.wharf.servlet.scan;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What discovery needs from one class file, read without loading the class: its name, its supertypes, and
 * the type descriptors its constant pool mentions (every annotation it carries, on the class or a member,
 * is among them, so a class whose pool lacks an annotation's descriptor cannot carry it).
 *
 * @param name        binary name, {@code com.example.Api}
 * @param superName   binary name of the superclass, {@code null} for {@code java.lang.Object}
 * @param interfaces  binary names of the interfaces it implements directly
 * @param descriptors the {@code Lcom/example/Thing;} strings of its constant pool
 */
public record ClassFileHeader(String name, String superName, List<String> interfaces, Set<String> descriptors) {

    private static final int MAGIC = 0xCAFEBABE;

    /** Whether the class mentions this type in its constant pool, as an annotation would. */
    public boolean mentions(Class<?> type) {
        return descriptors.contains("L" + type.getName().replace('.', '/') + ";");
    }

    /** Reads the header (the constant pool and the class's own and super names) of one class file. */
    public static ClassFileHeader read(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != MAGIC) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        Set<String> descriptors = new HashSet<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> {
                    utf8[i] = in.readUTF();
                    collectDescriptors(utf8[i], descriptors);
                }
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // a long or double takes two slots
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        in.readUnsignedShort(); // access flags
        String name = className(utf8, classNameIndex, in.readUnsignedShort());
        String superName = className(utf8, classNameIndex, in.readUnsignedShort());
        int interfaceCount = in.readUnsignedShort();
        List<String> interfaces = new ArrayList<>(interfaceCount);
        for (int i = 0; i < interfaceCount; i++) {
            interfaces.add(className(utf8, classNameIndex, in.readUnsignedShort()));
        }
        // Headers of a jar are kept while its worker runs (see ClasspathScanner): interned strings and an
        // immutable set take a fraction of the memory of each class's own copies in a HashSet.
        return new ClassFileHeader(
                name,
                "java.lang.Object".equals(superName) ? null : superName,
                List.copyOf(interfaces),
                Set.copyOf(descriptors));
    }

    private static String className(String[] utf8, int[] classNameIndex, int classIndex) {
        if (classIndex == 0) {
            return null;
        }
        return utf8[classNameIndex[classIndex]].replace('/', '.').intern();
    }

    /** Adds each {@code Lpkg/Name;} found in a descriptor or signature string. */
    private static void collectDescriptors(String text, Set<String> into) {
        int from = 0;
        while (true) {
            int start = text.indexOf('L', from);
            if (start < 0) {
                return;
            }
            int end = text.indexOf(';', start);
            if (end < 0) {
                return;
            }
            String candidate = text.substring(start, end + 1);
            if (candidate.indexOf('/') > 0 && candidate.indexOf('<') < 0 && candidate.indexOf('(') < 0) {
                into.add(candidate.intern());
            }
            from = start + 1;
        }
    }
}
