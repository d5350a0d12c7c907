package dev.wharf.supervisor.reload.hotswap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Why the new version of a class cannot replace the loaded one, in a sentence a user can act on
 * ("{@code Greeting} gained a field {@code suffix}: a field cannot be added to a loaded class"), or
 * nothing when only method bodies changed.
 */
final class ShapeChange {

    private ShapeChange() {}

    static Optional<String> between(ClassShape old, ClassShape now) {
        String c = "`" + now.simpleName() + "`";
        if (!Objects.equals(old.superName(), now.superName())
                || !old.interfaces().equals(now.interfaces())) {
            return Optional.of(c + " changed its superclass or interfaces: a loaded class keeps its hierarchy");
        }
        if (old.access() != now.access()) {
            return Optional.of(c + " changed its modifiers: a loaded class keeps them");
        }
        if (!old.recordComponents().equals(now.recordComponents())) {
            return Optional.of("the record " + c + " changed its components: a loaded record keeps them");
        }
        Optional<String> fields = fields(c, old, now);
        if (fields.isPresent()) {
            return fields;
        }
        Optional<String> methods = methods(c, old.methods(), now.methods());
        if (methods.isPresent()) {
            return methods;
        }
        if (!old.nest().equals(now.nest())) {
            return Optional.of(c + " gained or lost a nested, inner or permitted class: a loaded class keeps its nest");
        }
        if (!Objects.equals(old.staticInitializer(), now.staticInitializer())) {
            return Optional.of("the static initializer of " + c
                    + " changed: a swap would not run it again, so its static fields would keep their old values");
        }
        return Optional.empty();
    }

    private static Optional<String> fields(String c, ClassShape old, ClassShape now) {
        for (Map.Entry<String, ClassShape.Field> field : now.fields().entrySet()) {
            String f = "`" + field.getKey() + "`";
            ClassShape.Field before = old.fields().get(field.getKey());
            boolean constant = (field.getValue().access() & ClassShape.ACC_ENUM) != 0;
            if (before == null) {
                return Optional.of(
                        constant
                                ? "the enum " + c + " gained a constant " + f
                                        + ": an enum's constants are fixed once it is loaded"
                                : c + " gained a field " + f + ": a field cannot be added to a loaded class");
            }
            if (before.access() != field.getValue().access()
                    || !before.descriptor().equals(field.getValue().descriptor())) {
                return Optional.of("the field " + f + " of " + c
                        + " changed its type or modifiers: a loaded class keeps its fields");
            }
            if (!Objects.equals(before.constant(), field.getValue().constant())) {
                return Optional.of("the constant " + f + " of " + c
                        + " changed its value: a loaded class keeps the value it was loaded with");
            }
        }
        for (Map.Entry<String, ClassShape.Field> field : old.fields().entrySet()) {
            if (!now.fields().containsKey(field.getKey())) {
                String f = "`" + field.getKey() + "`";
                return Optional.of(
                        (field.getValue().access() & ClassShape.ACC_ENUM) != 0
                                ? "the enum " + c + " lost its constant " + f
                                        + ": an enum's constants are fixed once it is loaded"
                                : c + " lost its field " + f + ": a field cannot be removed from a loaded class");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> methods(String c, Map<String, Integer> old, Map<String, Integer> now) {
        for (Map.Entry<String, Integer> method : now.entrySet()) {
            Integer before = old.get(method.getKey());
            if (before == null) {
                return Optional.of(added(c, method.getKey(), method.getValue()));
            }
            if (!before.equals(method.getValue())) {
                return Optional.of("the method " + display(method.getKey()) + " of " + c
                        + " changed its modifiers: a loaded class keeps them");
            }
        }
        for (Map.Entry<String, Integer> method : old.entrySet()) {
            if (!now.containsKey(method.getKey())) {
                return Optional.of(
                        method.getKey().startsWith("<clinit>")
                                ? c + " lost its static initializer: a loaded class keeps its methods"
                                : c + " lost its method " + display(method.getKey())
                                        + ": a method cannot be removed from a loaded class");
            }
        }
        return Optional.empty();
    }

    private static String added(String c, String key, int access) {
        if (key.startsWith("<clinit>")) {
            return c + " gained a static initializer: a swap would not run it";
        }
        if (key.startsWith("lambda$") && (access & ClassShape.ACC_SYNTHETIC) != 0) {
            return c + " gained a lambda (method " + display(key) + "): a method cannot be added to a loaded class";
        }
        if (key.startsWith("<init>")) {
            return c + " gained a constructor " + display(key) + ": a method cannot be added to a loaded class";
        }
        return c + " gained a method " + display(key) + ": a method cannot be added to a loaded class";
    }

    /** {@code greet(Ljava/lang/String;I)V} as {@code `greet(String, int)`}. */
    static String display(String key) {
        int open = key.indexOf('(');
        String name = key.substring(0, open);
        List<String> parameters = new ArrayList<>();
        int i = open + 1;
        while (key.charAt(i) != ')') {
            int start = i;
            while (key.charAt(i) == '[') {
                i++;
            }
            if (key.charAt(i) == 'L') {
                i = key.indexOf(';', i);
            }
            parameters.add(typeName(key.substring(start, i + 1)));
            i++;
        }
        return "`" + (name.equals("<init>") ? "" : name) + "(" + String.join(", ", parameters) + ")`";
    }

    private static String typeName(String descriptor) {
        if (descriptor.startsWith("[")) {
            return typeName(descriptor.substring(1)) + "[]";
        }
        return switch (descriptor.charAt(0)) {
            case 'Z' -> "boolean";
            case 'B' -> "byte";
            case 'C' -> "char";
            case 'S' -> "short";
            case 'I' -> "int";
            case 'J' -> "long";
            case 'F' -> "float";
            case 'D' -> "double";
            default -> {
                String name = descriptor.substring(1, descriptor.length() - 1);
                yield name.substring(name.lastIndexOf('/') + 1).replace('$', '.');
            }
        };
    }
}
