package dev.wharf.supervisor.reload.hotswap;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;

/**
 * A method's code as text with its constant-pool references resolved, so that the same static
 * initializer compiled twice compares equal even when other edits renumbered the constant pool.
 */
final class Bytecode {

    private Bytecode() {}

    /** @param codeAttribute the body of a {@code Code} attribute */
    static String resolved(byte[] codeAttribute, ConstantPool pool) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(codeAttribute));
            in.readUnsignedShort(); // max stack
            in.readUnsignedShort(); // max locals
            byte[] code = in.readNBytes(in.readInt());
            return resolved(code, pool, in.readNBytes(in.readUnsignedShort() * 8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resolved(byte[] code, ConstantPool pool, byte[] exceptionTable) {
        StringBuilder text = new StringBuilder();
        int pc = 0;
        while (pc < code.length) {
            int op = code[pc] & 0xFF;
            int length = length(code, pc);
            text.append(op);
            switch (op) {
                case 0x12 -> text.append(' ').append(pool.describe(code[pc + 1] & 0xFF)); // ldc
                case 0x13, 0x14, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xBB, 0xBD, 0xC0, 0xC1, 0xC5 -> {
                    text.append(' ').append(pool.describe(u2(code, pc + 1)));
                    for (int i = pc + 3; i < pc + length; i++) {
                        text.append(' ').append(code[i] & 0xFF);
                    }
                }
                default -> {
                    for (int i = pc + 1; i < pc + length; i++) {
                        text.append(' ').append(code[i] & 0xFF);
                    }
                }
            }
            text.append('\n');
            pc += length;
        }
        return text.append(HexFormat.of().formatHex(exceptionTable)).toString();
    }

    /** The length of the instruction at {@code pc}, operands included. */
    private static int length(byte[] code, int pc) {
        int op = code[pc] & 0xFF;
        return switch (op) {
            case 0x10, 0x12, 0x15, 0x16, 0x17, 0x18, 0x19, 0x36, 0x37, 0x38, 0x39, 0x3A, 0xA9, 0xBC -> 2;
            case 0x11, 0x13, 0x14, 0x84, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xBB, 0xBD, 0xC0, 0xC1, 0xC6, 0xC7 ->
                3;
            case 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F, 0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8 -> 3;
            case 0xC5 -> 4;
            case 0xB9, 0xBA, 0xC8, 0xC9 -> 5;
            case 0xC4 -> (code[pc + 1] & 0xFF) == 0x84 ? 6 : 4; // wide
            case 0xAA -> {
                int base = pad(pc);
                int low = s4(code, base + 4);
                int high = s4(code, base + 8);
                yield base + 12 + 4 * (high - low + 1) - pc;
            }
            case 0xAB -> {
                int base = pad(pc);
                yield base + 8 + 8 * s4(code, base + 4) - pc;
            }
            default -> 1;
        };
    }

    /** Where a switch's operands begin: after padding to a multiple of four. */
    private static int pad(int pc) {
        return (pc + 4) & ~3;
    }

    private static int u2(byte[] code, int at) {
        return ((code[at] & 0xFF) << 8) | (code[at + 1] & 0xFF);
    }

    private static int s4(byte[] code, int at) {
        return ((code[at] & 0xFF) << 24)
                | ((code[at + 1] & 0xFF) << 16)
                | ((code[at + 2] & 0xFF) << 8)
                | (code[at + 3] & 0xFF);
    }
}
