package dev.wharf.supervisor.reload.hotswap;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a class file says that a loaded class cannot change (the JVM's rules for redefining a
 * class): its modifiers, supertypes, fields (with constant values), methods (name, descriptor,
 * modifiers), record components, nest and permitted subclasses, and the body of its static
 * initializer, which a swap would not run again. Method bodies are left out: they are what a swap
 * may change. Read from the class file's bytes by hand (the JDK's class-file API needs Java 24).
 *
 * @param name                 the binary name, {@code com.example.Greeting}
 * @param access               the class's access flags
 * @param superName            internal name of the superclass, or null for {@code java.lang.Object}
 * @param interfaces           internal names of the interfaces, in order
 * @param fields               by name: access flags, descriptor and constant value
 * @param methods              by name and descriptor: access flags
 * @param recordComponents     name and descriptor of each component, in order; empty if not a record
 * @param nest                 NestHost, NestMembers and PermittedSubclasses, as text
 * @param staticInitializer    the static initializer's code with constant-pool references resolved, or null
 * @param bodies               every method's code, resolved likewise, by method key: two compilations
 *                             that differ only in debug attributes (line numbers, parameter names) have the same
 */
public record ClassShape(
        String name,
        int access,
        String superName,
        List<String> interfaces,
        Map<String, Field> fields,
        Map<String, Integer> methods,
        List<String> recordComponents,
        List<String> nest,
        String staticInitializer,
        Map<String, String> bodies) {

    static final int ACC_ENUM = 0x4000;
    static final int ACC_SYNTHETIC = 0x1000;

    /** A field: its modifiers, type and constant value ({@code ConstantValue}), if any. */
    public record Field(int access, String descriptor, String constant) {}

    /** Methods are keyed {@code name + descriptor}: {@code greet(Ljava/lang/String;)V}. */
    public static String methodKey(String name, String descriptor) {
        return name + descriptor;
    }

    /**
     * @throws IllegalArgumentException when the bytes are no class file
     */
    public static ClassShape of(byte[] classFile) {
        try {
            return read(new DataInputStream(new ByteArrayInputStream(classFile)));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a readable class file: " + e, e);
        }
    }

    private static ClassShape read(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("no class file magic");
        }
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        ConstantPool pool = ConstantPool.read(in);
        int access = in.readUnsignedShort();
        String name = pool.className(in.readUnsignedShort()).replace('/', '.');
        int superIndex = in.readUnsignedShort();
        String superName = superIndex == 0 ? null : pool.className(superIndex);
        List<String> interfaces = new ArrayList<>();
        for (int i = in.readUnsignedShort(); i > 0; i--) {
            interfaces.add(pool.className(in.readUnsignedShort()));
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        for (int i = in.readUnsignedShort(); i > 0; i--) {
            int fieldAccess = in.readUnsignedShort();
            String fieldName = pool.utf8(in.readUnsignedShort());
            String descriptor = pool.utf8(in.readUnsignedShort());
            String constant = null;
            for (int a = in.readUnsignedShort(); a > 0; a--) {
                String attribute = pool.utf8(in.readUnsignedShort());
                byte[] body = body(in);
                if (attribute.equals("ConstantValue")) {
                    constant = pool.describe(((body[0] & 0xFF) << 8) | (body[1] & 0xFF));
                }
            }
            fields.put(fieldName, new Field(fieldAccess, descriptor, constant));
        }
        Map<String, Integer> methods = new LinkedHashMap<>();
        String staticInitializer = null;
        Map<String, String> bodies = new LinkedHashMap<>();
        for (int i = in.readUnsignedShort(); i > 0; i--) {
            int methodAccess = in.readUnsignedShort();
            String methodName = pool.utf8(in.readUnsignedShort());
            String descriptor = pool.utf8(in.readUnsignedShort());
            for (int a = in.readUnsignedShort(); a > 0; a--) {
                String attribute = pool.utf8(in.readUnsignedShort());
                byte[] body = body(in);
                if (attribute.equals("Code")) {
                    String code = Bytecode.resolved(body, pool);
                    bodies.put(methodKey(methodName, descriptor), code);
                    if (methodName.equals("<clinit>")) {
                        staticInitializer = code;
                    }
                }
            }
            methods.put(methodKey(methodName, descriptor), methodAccess);
        }
        List<String> recordComponents = new ArrayList<>();
        List<String> nest = new ArrayList<>();
        for (int a = in.readUnsignedShort(); a > 0; a--) {
            String attribute = pool.utf8(in.readUnsignedShort());
            DataInputStream body = new DataInputStream(new ByteArrayInputStream(body(in)));
            switch (attribute) {
                case "Record" -> {
                    for (int c = body.readUnsignedShort(); c > 0; c--) {
                        String component = pool.utf8(body.readUnsignedShort());
                        String descriptor = pool.utf8(body.readUnsignedShort());
                        recordComponents.add(component + " " + descriptor);
                        for (int ca = body.readUnsignedShort(); ca > 0; ca--) {
                            body.readUnsignedShort();
                            body.skipNBytes(body.readInt());
                        }
                    }
                }
                case "BootstrapMethods" -> {
                    // What invokedynamic calls with: a string concatenation's constant parts live here.
                    StringBuilder bootstraps = new StringBuilder();
                    for (int b = body.readUnsignedShort(); b > 0; b--) {
                        bootstraps.append(pool.describe(body.readUnsignedShort()));
                        for (int arg = body.readUnsignedShort(); arg > 0; arg--) {
                            bootstraps.append(' ').append(pool.describe(body.readUnsignedShort()));
                        }
                        bootstraps.append('\n');
                    }
                    bodies.put("BootstrapMethods", bootstraps.toString());
                }
                case "NestHost" -> nest.add("host " + pool.className(body.readUnsignedShort()));
                case "NestMembers", "PermittedSubclasses" -> {
                    for (int c = body.readUnsignedShort(); c > 0; c--) {
                        nest.add(attribute + " " + pool.className(body.readUnsignedShort()));
                    }
                }
                default -> {
                    // Source file, signatures, annotations, inner classes: a loaded class may change them.
                }
            }
        }
        return new ClassShape(
                name,
                access,
                superName,
                List.copyOf(interfaces),
                fields,
                methods,
                List.copyOf(recordComponents),
                List.copyOf(nest),
                staticInitializer,
                bodies);
    }

    private static byte[] body(DataInputStream in) throws IOException {
        return in.readNBytes(in.readInt());
    }

    /** The simple name, for sentences: {@code Greeting}, {@code Greeting$Inner}. */
    public String simpleName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    public boolean isEnum() {
        return (access & ACC_ENUM) != 0;
    }
}
