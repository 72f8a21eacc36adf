package org.deconflict.ledger.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A C2SP signed note: UTF-8 text ending in a newline, a blank line, then signature lines
 * {@code — <name> <base64(keyid(4) ‖ signature)>}. The signed message is the text, newline included.
 */
public record SignedNote(String text, List<NoteSignature> signatures) {

    /** The em dash (U+2014) and space that start every signature line (C2SP signed-note). */
    private static final String SIG_PREFIX = "\u2014 ";

    /** One signature line. */
    public record NoteSignature(String name, int keyId, byte[] signature) {
        public String line() {
            byte[] b = new byte[4 + signature.length];
            ByteBuffer.wrap(b).putInt(keyId).put(signature);
            return SIG_PREFIX + name + " " + Base64.getEncoder().encodeToString(b) + "\n";
        }
    }

    public SignedNote {
        signatures = List.copyOf(signatures);
    }

    /** Signs {@code text} (must end with a newline) with {@code signer}. */
    public static SignedNote sign(String text, NoteKeys.Signer signer) {
        checkText(text);
        byte[] sig = Ed25519.sign(signer.privateKey(), text.getBytes(StandardCharsets.UTF_8));
        return new SignedNote(text, List.of(new NoteSignature(signer.name(), signer.keyId(), sig)));
    }

    /** This note with one more signature by {@code signer} over the same text. */
    public SignedNote cosign(NoteKeys.Signer signer) {
        List<NoteSignature> all = new ArrayList<>(signatures);
        all.add(sign(text, signer).signatures().get(0));
        return new SignedNote(text, all);
    }

    /** This note with {@code extra} appended (a cosignature received from elsewhere). */
    public SignedNote with(NoteSignature extra) {
        List<NoteSignature> all = new ArrayList<>(signatures);
        all.add(extra);
        return new SignedNote(text, all);
    }

    /** The full note bytes: text, blank line, signature lines. */
    public byte[] encode() {
        StringBuilder sb = new StringBuilder(text).append('\n');
        for (NoteSignature s : signatures) {
            sb.append(s.line());
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The signature made by {@code verifier}'s name and key id when it verifies. */
    public Optional<NoteSignature> verifiedBy(NoteKeys.Verifier verifier) {
        byte[] msg = text.getBytes(StandardCharsets.UTF_8);
        for (NoteSignature s : signatures) {
            if (s.name().equals(verifier.name()) && s.keyId() == verifier.keyId()
                    && Ed25519.verify(verifier.key(), msg, s.signature())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Parses a note; throws {@link MalformedNoteException} with the reason when it is not well formed. */
    public static SignedNote parse(byte[] bytes) throws MalformedNoteException {
        String all;
        try {
            all = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedNoteException("note is not valid UTF-8");
        }
        int split = all.lastIndexOf("\n\n");
        if (split < 0) {
            throw new MalformedNoteException("note has no blank line before its signatures");
        }
        String text = all.substring(0, split + 1);
        String block = all.substring(split + 2);
        if (!block.endsWith("\n")) {
            throw new MalformedNoteException("signature block does not end with a newline");
        }
        checkTextOrThrow(text);
        List<NoteSignature> sigs = new ArrayList<>();
        for (String line : block.substring(0, block.length() - 1).split("\n", -1)) {
            if (!line.startsWith(SIG_PREFIX)) {
                throw new MalformedNoteException("malformed signature line: " + line);
            }
            String rest = line.substring(SIG_PREFIX.length());
            int sp = rest.indexOf(' ');
            if (sp <= 0 || rest.indexOf(' ', sp + 1) >= 0) {
                throw new MalformedNoteException("malformed signature line: " + line);
            }
            String name = rest.substring(0, sp);
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(rest.substring(sp + 1));
            } catch (IllegalArgumentException e) {
                throw new MalformedNoteException("signature is not base64: " + line);
            }
            if (!NoteKeys.validName(name) || raw.length < 5) {
                throw new MalformedNoteException("malformed signature line: " + line);
            }
            ByteBuffer b = ByteBuffer.wrap(raw);
            int id = b.getInt();
            byte[] sig = new byte[b.remaining()];
            b.get(sig);
            sigs.add(new NoteSignature(name, id, sig));
        }
        return new SignedNote(text, sigs);
    }

    private static void checkText(String text) {
        try {
            checkTextOrThrow(text);
        } catch (MalformedNoteException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static void checkTextOrThrow(String text) throws MalformedNoteException {
        if (text.isEmpty() || !text.endsWith("\n")) {
            throw new MalformedNoteException("note text must end with a newline");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && Character.isISOControl(c)) {
                throw new MalformedNoteException("note text contains control character U+" + Integer.toHexString(c));
            }
        }
    }

    /** Why a note could not be parsed. */
    public static final class MalformedNoteException extends Exception {
        private static final long serialVersionUID = 1L;

        public MalformedNoteException(String message) {
            super(message);
        }
    }
}
