package dev.wharf.supervisor.reload.hotswap;

import java.io.DataInputStream;
import java.io.IOException;

/**
 * A class file's constant pool, enough to name what an entry refers to: two compilations of the
 * same source may number their constants differently, so shapes compare the text, never the index.
 */
final class ConstantPool {

    private final int[] tags;
    /** Per entry: its text (UTF-8, numbers) or the indexes it refers to. */
    private final Object[] values;

    private ConstantPool(int count) {
        tags = new int[count];
        values = new Object[count];
    }

    static ConstantPool read(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        ConstantPool pool = new ConstantPool(count);
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            pool.tags[i] = tag;
            pool.values[i] = switch (tag) {
                case 1 -> in.readUTF();
                case 3 -> Integer.toString(in.readInt());
                case 4 -> Float.toString(in.readFloat());
                case 5 -> Long.toString(in.readLong());
                case 6 -> Double.toString(in.readDouble());
                case 7, 8, 16, 19, 20 -> new int[] {in.readUnsignedShort()};
                case 9, 10, 11, 12, 17, 18 -> new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 15 -> new int[] {in.readUnsignedByte(), in.readUnsignedShort()};
                default -> throw new IOException("unknown constant pool tag " + tag + " at " + i);
            };
            if (tag == 5 || tag == 6) {
                i++; // a long or a double takes two entries
            }
        }
        return pool;
    }

    String utf8(int index) {
        return (String) values[index];
    }

    String className(int index) {
        return utf8(((int[]) values[index])[0]);
    }

    /** What entry {@code index} stands for, as text with no index in it. */
    String describe(int index) {
        if (index <= 0 || index >= values.length) {
            return "#" + index;
        }
        Object value = values[index];
        if (value instanceof String text) {
            return tags[index] == 1 ? '"' + text + '"' : text;
        }
        int[] refs = (int[]) value;
        return switch (tags[index]) {
            case 7 -> "class " + utf8(refs[0]);
            case 8 -> "string " + utf8(refs[0]);
            case 16 -> "type " + utf8(refs[0]);
            case 19, 20 -> "module " + utf8(refs[0]);
            case 15 -> "handle " + refs[0] + " " + describe(refs[1]);
            case 17, 18 -> "dynamic " + refs[0] + " " + describe(refs[1]);
            case 12 -> utf8(refs[0]) + " " + utf8(refs[1]);
            default -> describe(refs[0]) + "." + describe(refs[1]);
        };
    }
}
