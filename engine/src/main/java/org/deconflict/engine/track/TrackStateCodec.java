package org.deconflict.engine.track;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

import org.deconflict.engine.ingest.Emergency;
import org.deconflict.engine.ingest.PositionSource;
import org.deconflict.engine.ingest.TargetKey;

/**
 * Binary form of a {@link TrackState} (with its trail) for keyed state stores and checkpoints. Format version 1:
 * fields in declaration order, strings as a presence byte + modified UTF-8, enums as ordinals.
 */
public final class TrackStateCodec {

    private static final int VERSION = 1;

    private TrackStateCodec() {
    }

    public static void write(TrackState s, DataOutput out) throws IOException {
        out.writeByte(VERSION);
        out.writeLong(s.key.value());
        long[] times = {s.firstSeenNanos, s.lastSeenNanos, s.lastModeSNanos, s.lastPositionNanos, s.lastAdsbPositionNanos,
                s.lastVelocityNanos, s.lastAltitudeNanos, s.messageCount, s.candFirstNanos, s.candLastNanos};
        for (long v : times) {
            out.writeLong(v);
        }
        double[] doubles = {s.latDeg, s.lonDeg, s.baroAltitudeFt, s.geomAltitudeFt, s.groundSpeedKt, s.trackDeg,
                s.verticalRateFpm, s.headingDeg, s.messageRateHz, s.candLatDeg, s.candLonDeg};
        for (double v : doubles) {
            out.writeDouble(v);
        }
        int[] ints = {s.lastReceiverId, s.nic, s.nacp, s.sil, s.adsbVersion, s.capability, s.category, s.squawk, s.imo,
                s.lengthM, s.beamM, s.positionsRejected, s.candCount,
                s.positionSource == null ? -1 : s.positionSource.ordinal(), s.emergency.ordinal(),
                s.militaryReason.ordinal()};
        for (int v : ints) {
            out.writeInt(v);
        }
        out.writeBoolean(s.onGround);
        out.writeBoolean(s.airborneAis);
        out.writeBoolean(s.military);
        out.writeBoolean(s.duplicateAddress);
        out.writeBoolean(s.silentNotified);
        writeString(out, s.callsign);
        writeString(out, s.name);
        writeString(out, s.nation);
        writeString(out, s.militaryDetail);
        Trail tr = s.trail;
        out.writeInt(tr == null ? -1 : tr.capacity());
        if (tr != null) {
            out.writeInt(tr.size());
            for (int i = 0; i < tr.size(); i++) {
                out.writeLong(tr.timeNanos(i));
                out.writeFloat((float) tr.latDeg(i));
                out.writeFloat((float) tr.lonDeg(i));
                out.writeFloat((float) tr.altitudeFt(i));
            }
        }
    }

    public static TrackState read(DataInput in) throws IOException {
        int version = in.readUnsignedByte();
        if (version != VERSION) {
            throw new IOException("unknown track state version " + version);
        }
        TrackState s = new TrackState(new TargetKey(in.readLong()));
        s.firstSeenNanos = in.readLong();
        s.lastSeenNanos = in.readLong();
        s.lastModeSNanos = in.readLong();
        s.lastPositionNanos = in.readLong();
        s.lastAdsbPositionNanos = in.readLong();
        s.lastVelocityNanos = in.readLong();
        s.lastAltitudeNanos = in.readLong();
        s.messageCount = in.readLong();
        s.candFirstNanos = in.readLong();
        s.candLastNanos = in.readLong();
        s.latDeg = in.readDouble();
        s.lonDeg = in.readDouble();
        s.baroAltitudeFt = in.readDouble();
        s.geomAltitudeFt = in.readDouble();
        s.groundSpeedKt = in.readDouble();
        s.trackDeg = in.readDouble();
        s.verticalRateFpm = in.readDouble();
        s.headingDeg = in.readDouble();
        s.messageRateHz = in.readDouble();
        s.candLatDeg = in.readDouble();
        s.candLonDeg = in.readDouble();
        s.lastReceiverId = in.readInt();
        s.nic = in.readInt();
        s.nacp = in.readInt();
        s.sil = readSmall(in, "SIL", 3);
        s.adsbVersion = readSmall(in, "ADS-B version", 7);
        s.capability = readSmall(in, "capability", 7);
        s.category = in.readInt();
        s.squawk = in.readInt();
        s.imo = in.readInt();
        s.lengthM = (short) in.readInt();
        s.beamM = (short) in.readInt();
        s.positionsRejected = in.readInt();
        s.candCount = in.readInt();
        int src = in.readInt();
        s.positionSource = src < 0 ? null : PositionSource.values()[src];
        s.emergency = Emergency.values()[in.readInt()];
        s.militaryReason = MilitaryReason.values()[in.readInt()];
        s.onGround = in.readBoolean();
        s.airborneAis = in.readBoolean();
        s.military = in.readBoolean();
        s.duplicateAddress = in.readBoolean();
        s.silentNotified = in.readBoolean();
        s.callsign = readString(in);
        s.name = readString(in);
        s.nation = internOrNull(readString(in));
        s.militaryDetail = readString(in);
        int capacity = in.readInt();
        if (capacity > 0) {
            s.trail = new Trail(capacity);
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                s.trail.add(in.readLong(), in.readFloat(), in.readFloat(), in.readFloat());
            }
        }
        return s;
    }

    private static void writeString(DataOutput out, String v) throws IOException {
        out.writeBoolean(v != null);
        if (v != null) {
            out.writeUTF(v);
        }
    }

    /** A field held in a byte: −1 (unknown) or 0..{@code max}; anything else is a corrupt state, not a value. */
    private static byte readSmall(DataInput in, String field, int max) throws IOException {
        int v = in.readInt();
        if (v < -1 || v > max) {
            throw new IOException("track state " + field + " out of range: " + v);
        }
        return (byte) v;
    }

    private static String readString(DataInput in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static String internOrNull(String v) {
        return v == null ? null : v.intern();
    }
}
