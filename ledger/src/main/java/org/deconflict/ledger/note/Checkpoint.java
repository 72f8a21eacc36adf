package org.deconflict.ledger.note;

import java.util.Base64;
import java.util.List;

/**
 * The body of a C2SP tlog-checkpoint: origin line, decimal tree size, base64 root hash, optional extension lines.
 * Sizes are unsigned 64-bit.
 */
public record Checkpoint(String origin, long size, byte[] root, List<String> extensions) {

    public Checkpoint {
        extensions = List.copyOf(extensions);
    }

    public Checkpoint(String origin, long size, byte[] root) {
        this(origin, size, root, List.of());
    }

    /** The note text this checkpoint is signed as (every line ends with a newline). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(origin).append('\n').append(Long.toUnsignedString(size)).append('\n')
                .append(Base64.getEncoder().encodeToString(root)).append('\n');
        for (String e : extensions) {
            sb.append(e).append('\n');
        }
        return sb.toString();
    }

    /** Parses checkpoint note text; throws {@link SignedNote.MalformedNoteException} with the reason. */
    public static Checkpoint parse(String text) throws SignedNote.MalformedNoteException {
        String[] lines = text.split("\n", -1);
        if (lines.length < 4 || !lines[lines.length - 1].isEmpty()) {
            throw new SignedNote.MalformedNoteException("checkpoint needs origin, size and root lines");
        }
        if (lines[0].isEmpty()) {
            throw new SignedNote.MalformedNoteException("checkpoint origin is empty");
        }
        long size;
        if (!lines[1].matches("0|[1-9][0-9]{0,19}")) {
            throw new SignedNote.MalformedNoteException("checkpoint size is not a decimal number: " + lines[1]);
        }
        try {
            size = Long.parseUnsignedLong(lines[1]);
        } catch (NumberFormatException e) {
            throw new SignedNote.MalformedNoteException("checkpoint size out of range: " + lines[1]);
        }
        byte[] root;
        try {
            root = Base64.getDecoder().decode(lines[2]);
        } catch (IllegalArgumentException e) {
            throw new SignedNote.MalformedNoteException("checkpoint root is not base64");
        }
        if (root.length != 32) {
            throw new SignedNote.MalformedNoteException("checkpoint root is not 32 bytes");
        }
        List<String> ext = List.of(lines).subList(3, lines.length - 1);
        for (String e : ext) {
            if (e.isEmpty()) {
                throw new SignedNote.MalformedNoteException("empty checkpoint extension line");
            }
        }
        return new Checkpoint(lines[0], size, root, ext);
    }
}
