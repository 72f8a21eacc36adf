package org.deconflict.ais;

import java.util.Locale;

import org.deconflict.ais.AisMessage.Acknowledge;
import org.deconflict.ais.AisMessage.AddressedBinary;
import org.deconflict.ais.AisMessage.AidToNavigation;
import org.deconflict.ais.AisMessage.AssignedModeCommand;
import org.deconflict.ais.AisMessage.BaseStationReport;
import org.deconflict.ais.AisMessage.BroadcastBinary;
import org.deconflict.ais.AisMessage.ChannelManagement;
import org.deconflict.ais.AisMessage.ClassBPositionReport;
import org.deconflict.ais.AisMessage.DataLinkManagement;
import org.deconflict.ais.AisMessage.DgnssBroadcast;
import org.deconflict.ais.AisMessage.Dimensions;
import org.deconflict.ais.AisMessage.ExtendedClassBReport;
import org.deconflict.ais.AisMessage.GroupAssignment;
import org.deconflict.ais.AisMessage.Interrogation;
import org.deconflict.ais.AisMessage.LongRangeReport;
import org.deconflict.ais.AisMessage.MultiSlotBinary;
import org.deconflict.ais.AisMessage.PositionReport;
import org.deconflict.ais.AisMessage.SafetyAddressed;
import org.deconflict.ais.AisMessage.SafetyBroadcast;
import org.deconflict.ais.AisMessage.SarAircraftReport;
import org.deconflict.ais.AisMessage.SingleSlotBinary;
import org.deconflict.ais.AisMessage.SlotReservation;
import org.deconflict.ais.AisMessage.StaticDataReport;
import org.deconflict.ais.AisMessage.StaticVoyageData;
import org.deconflict.ais.AisMessage.UtcInquiry;
import org.deconflict.ais.ApplicationData.AtonMonitoring;
import org.deconflict.ais.ApplicationData.ClearanceTime;
import org.deconflict.ais.ApplicationData.DangerousCargo;
import org.deconflict.ais.ApplicationData.InlandShipStatic;
import org.deconflict.ais.ApplicationData.MetHydro;
import org.deconflict.ais.ApplicationData.PersonsOnBoard;
import org.deconflict.ais.ApplicationData.Raw;
import org.deconflict.ais.ApplicationData.TextDescription;
import org.deconflict.ais.ApplicationData.Tidal;
import org.deconflict.ais.ApplicationData.TidalWindow;

/**
 * Dependency-free JSON in gpsd's AIS form ({@code gpsdecode -j}, gpsd's AIVDM JSON protocol): the same field names,
 * the same scaling in scaled mode (positions in degrees, speeds in knots, text for enumerations) and raw integers in
 * unscaled mode ({@code gpsdecode -u -j}). Like gpsd, not-available values are printed as their scaled sentinels.
 */
public final class GpsdJson {

    private final boolean scaled;
    private final String device;

    /**
     * @param scaled  true for {@code "scaled":true} output (gpsdecode -j), false for raw values (gpsdecode -u -j)
     * @param device  value of the {@code "device"} key, or null to leave the key out (as gpsd's daemon output does)
     */
    public GpsdJson(boolean scaled, String device) {
        this.scaled = scaled;
        this.device = device;
    }

    /** One JSON object for the message, without newline. */
    public String toJson(AisMessage m) {
        StringBuilder sb = new StringBuilder(256);
        write(m, sb);
        return sb.toString();
    }

    /** One JSON object for a type 24 part A + part B pair, as gpsd prints a matched pair. */
    public String toJson(StaticDataReport a, StaticDataReport b) {
        StringBuilder sb = new StringBuilder(256);
        Obj o = header(sb, b);
        o.str("shipname", a.shipname());
        type24B(o, b);
        o.end();
        return sb.toString();
    }

    public void write(AisMessage m, StringBuilder sb) {
        Obj o = header(sb, m);
            if (m instanceof PositionReport p) {
                o.num("status", p.status()).str("status_text", AisText.navigationStatus(p.status()));
                if (scaled) {
                    turn(o, p.rotRaw());
                    o.fix("speed", p.sogRaw() / 10.0, 1);
                } else {
                    o.num("turn", p.rotRaw()).num("speed", p.sogRaw());
                }
                o.bool("accuracy", p.accuracy());
                lonLat(o, p.lonRaw(), p.latRaw());
                course(o, p.cogRaw());
                o.num("heading", p.heading()).num("second", p.second()).num("maneuver", p.maneuver())
                        .bool("raim", p.raim()).num("radio", p.radio());
            } else if (m instanceof BaseStationReport b) {
                o.str("timestamp", String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02dZ", b.year(), b.month(),
                        b.day(), b.hour(), b.minute(), b.second()));
                o.bool("accuracy", b.accuracy());
                lonLat(o, b.lonRaw(), b.latRaw());
                o.num("epfd", b.epfd()).str("epfd_text", AisText.epfd(b.epfd())).bool("raim", b.raim())
                        .num("radio", b.radio());
            } else if (m instanceof StaticVoyageData s) {
                o.num("imo", s.imo()).num("ais_version", s.aisVersion()).str("callsign", s.callsign())
                        .str("shipname", s.shipname()).num("shiptype", s.shipType())
                        .str("shiptype_text", AisText.shipType(s.shipType()));
                dims(o, s.dimensions());
                o.num("epfd", s.epfd()).str("epfd_text", AisText.epfd(s.epfd()));
                o.str("eta", String.format(Locale.ROOT, "%02d-%02dT%02d:%02dZ", s.etaMonth(), s.etaDay(), s.etaHour(),
                        s.etaMinute()));
                if (scaled) {
                    o.fix("draught", s.draughtDm() / 10.0, 1);
                } else {
                    o.num("draught", s.draughtDm());
                }
                o.str("destination", s.destination()).num("dte", s.dte());
            } else if (m instanceof AddressedBinary a) {
                o.num("seqno", a.seqno()).num("dest_mmsi", a.destMmsi()).bool("retransmit", a.retransmit())
                        .num("dac", a.dac()).num("fid", a.fid());
                application(o, a.data());
            } else if (m instanceof Acknowledge a) {
                o.num("mmsi1", a.mmsi1()).num("mmsi2", a.mmsi2()).num("mmsi3", a.mmsi3())
                        .num("mmsi4", a.mmsi4());
            } else if (m instanceof BroadcastBinary b) {
                o.num("dac", b.dac()).num("fid", b.fid());
                application(o, b.data());
            } else if (m instanceof SarAircraftReport s) {
                o.num("alt", s.altitudeM()).num("speed", s.sogKt()).bool("accuracy", s.accuracy());
                lonLat(o, s.lonRaw(), s.latRaw());
                course(o, s.cogRaw());
                o.num("second", s.second()).num("regional", s.regional()).num("dte", s.dte()).bool("raim", s.raim())
                        .num("radio", s.radio());
            } else if (m instanceof UtcInquiry u) {
                o.num("dest_mmsi", u.destMmsi());
            } else if (m instanceof SafetyAddressed s) {
                o.num("seqno", s.seqno()).num("dest_mmsi", s.destMmsi())
                        .bool("retransmit", s.retransmit()).str("text", s.text());
            } else if (m instanceof SafetyBroadcast s) {
                o.str("text", s.text());
            } else if (m instanceof Interrogation i) {
                o.num("mmsi1", i.mmsi1()).num("type1_1", i.type11()).num("offset1_1", i.offset11())
                        .num("type1_2", i.type12()).num("offset1_2", i.offset12()).num("mmsi2", i.mmsi2())
                        .num("type2_1", i.type21()).num("offset2_1", i.offset21());
            } else if (m instanceof AssignedModeCommand a) {
                o.num("mmsi1", a.mmsi1()).num("offset1", a.offset1())
                        .num("increment1", a.increment1()).num("mmsi2", a.mmsi2()).num("offset2", a.offset2())
                        .num("increment2", a.increment2());
            } else if (m instanceof DgnssBroadcast d) {
                if (scaled) {
                    o.fix("lon", d.lonRaw() / 600.0, 1).fix("lat", d.latRaw() / 600.0, 1);
                } else {
                    o.num("lon", d.lonRaw()).num("lat", d.latRaw());
                }
                o.str("data", d.data().toString());
            } else if (m instanceof ClassBPositionReport c) {
                o.num("reserved", c.reserved());
                speed(o, c.sogRaw());
                o.bool("accuracy", c.accuracy());
                lonLat(o, c.lonRaw(), c.latRaw());
                course(o, c.cogRaw());
                o.num("heading", c.heading()).num("second", c.second()).num("regional", c.regional())
                        .bool("cs", c.cs()).bool("display", c.display()).bool("dsc", c.dsc()).bool("band", c.band())
                        .bool("msg22", c.msg22()).bool("raim", c.raim()).num("radio", c.radio());
            } else if (m instanceof ExtendedClassBReport c) {
                o.num("reserved", c.reserved());
                speed(o, c.sogRaw());
                o.bool("accuracy", c.accuracy());
                lonLat(o, c.lonRaw(), c.latRaw());
                course(o, c.cogRaw());
                o.num("heading", c.heading()).num("second", c.second()).num("regional", c.regional())
                        .str("shipname", c.shipname()).num("shiptype", c.shipType())
                        .str("shiptype_text", AisText.shipType(c.shipType()));
                dims(o, c.dimensions());
                o.num("epfd", c.epfd()).str("epfd_text", AisText.epfd(c.epfd())).bool("raim", c.raim())
                        .num("dte", c.dte()).bool("assigned", c.assigned());
            } else if (m instanceof DataLinkManagement d) {
                int i = 1;
                for (SlotReservation r : d.reservations()) {
                    o.num("offset" + i, r.offset()).num("number" + i, r.number()).num("timeout" + i, r.timeout())
                            .num("increment" + i, r.increment());
                    i++;
                }
            } else if (m instanceof AidToNavigation a) {
                o.num("aid_type", a.aidType()).str("aid_type_text", AisText.aidType(a.aidType()))
                        .str("name", a.name());
                lonLat(o, a.lonRaw(), a.latRaw());
                o.bool("accuracy", a.accuracy());
                dims(o, a.dimensions());
                o.num("epfd", a.epfd()).str("epfd_text", AisText.epfd(a.epfd())).num("second", a.second())
                        .num("regional", a.regional()).bool("off_position", a.offPosition()).bool("raim", a.raim())
                        .bool("virtual_aid", a.virtualAid());
            } else if (m instanceof ChannelManagement c) {
                o.num("channel_a", c.channelA()).num("channel_b", c.channelB()).num("txrx", c.txrx())
                        .bool("power", c.power());
                if (c.addressed()) {
                    o.num("dest1", c.dest1()).num("dest2", c.dest2());
                } else {
                    corners(o, c.neLonRaw(), c.neLatRaw(), c.swLonRaw(), c.swLatRaw());
                }
                o.bool("addressed", c.addressed()).bool("band_a", c.bandA()).bool("band_b", c.bandB())
                        .num("zonesize", c.zoneSize());
            } else if (m instanceof GroupAssignment g) {
                corners(o, g.neLonRaw(), g.neLatRaw(), g.swLonRaw(), g.swLatRaw());
                o.num("stationtype", g.stationType()).str("stationtype_text", AisText.stationType(g.stationType()))
                        .num("shiptype", g.shipType()).str("shiptype_text", AisText.shipType(g.shipType()))
                        .num("interval", g.interval()).num("quiet", g.quiet());
            } else if (m instanceof StaticDataReport s) {
                if (s.partA()) {
                    o.str("shipname", s.shipname());
                } else {
                    type24B(o, s);
                }
            } else if (m instanceof SingleSlotBinary s) {
                o.bool("addressed", s.addressed()).bool("structured", s.structured())
                        .num("dest_mmsi", s.destMmsi()).num("app_id", s.appId()).str("data", s.data().toString());
            } else if (m instanceof MultiSlotBinary s) {
                o.bool("addressed", s.addressed()).bool("structured", s.structured())
                        .num("dest_mmsi", s.destMmsi()).num("app_id", s.appId()).str("data", s.data().toString())
                        .num("radio", 0); // gpsd 3.x does not decode the type 26 communication state: it prints 0
            } else if (m instanceof LongRangeReport l) {
                if (scaled) {
                    o.str("status", AisText.navigationStatus(l.status()));
                } else {
                    o.num("status", l.status());
                }
                o.bool("accuracy", l.accuracy());
                if (scaled) {
                    o.fix("lon", l.lonRaw() / 600.0, 1).fix("lat", l.latRaw() / 600.0, 1);
                } else {
                    o.num("lon", l.lonRaw()).num("lat", l.latRaw());
                }
                o.num("speed", l.sogKt()).num("course", l.cogDeg()).bool("raim", l.raim()).bool("gnss", l.gnss());
            }
        o.end();
    }

    private Obj header(StringBuilder sb, AisMessage m) {
        Obj o = new Obj(sb);
        o.str("class", "AIS");
        if (device != null) {
            o.str("device", device);
        }
        return o.num("type", m.type()).num("repeat", m.repeat()).num("mmsi", m.mmsi()).bool("scaled", scaled);
    }

    private void type24B(Obj o, StaticDataReport b) {
        o.num("shiptype", b.shipType()).str("shiptype_text", AisText.shipType(b.shipType()))
                .str("vendorid", gpsdVendorId(b)).num("model", b.model()).num("serial", b.serial())
                .str("callsign", b.callsign());
        if (b.dimensions() == null) {
            o.num("mothership_mmsi", b.mothershipMmsi());
        } else {
            dims(o, b.dimensions());
        }
    }

    /**
     * gpsd reads the vendor id as the 7 characters of M.1371-3 (vendor, unit model and serial together, 42 bits);
     * rebuilt here from the M.1371-5 fields.
     */
    private static String gpsdVendorId(StaticDataReport b) {
        BitWriter w = new BitWriter().text(b.vendorId(), 3).put(b.model(), 4).put(b.serial(), 20);
        byte[] packed = new byte[6];
        BitReader r = new BitReader(packed, 0);
        int[] fill = new int[1];
        String armored = w.armor(fill);
        SixBit.dearmor(armored.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, armored.length(), packed);
        return r.reset(packed, 42).text(0, 7);
    }

    /** ROT as gpsd scales it: sign·(ROT_AIS/4.733)² rounded to °/min, or its words for the special values. */
    private static void turn(Obj o, int rot) {
        if (rot == -128) {
            o.str("turn", "nan");
        } else if (rot == 127) {
            o.str("turn", "fastright");
        } else if (rot == -127) {
            o.str("turn", "fastleft");
        } else {
            double r = rot / 4.733; // ITU-R M.1371-5 Annex 8 Table 45
            o.fix("turn", Math.copySign(r * r, rot), 0);
        }
    }

    private void speed(Obj o, int sogRaw) {
        if (scaled) {
            o.fix("speed", sogRaw / 10.0, 1);
        } else {
            o.num("speed", sogRaw);
        }
    }

    private void course(Obj o, int cogRaw) {
        if (scaled) {
            o.fix("course", cogRaw / 10.0, 1);
        } else {
            o.num("course", cogRaw);
        }
    }

    private void lonLat(Obj o, int lon, int lat) {
        if (scaled) {
            o.fix("lon", lon / 600_000.0, 6).fix("lat", lat / 600_000.0, 6);
        } else {
            o.num("lon", lon).num("lat", lat);
        }
    }

    /** Position in 1/1000 min (IMO 289) printed as degrees with 4 decimals. */
    private void lonLat1000(Obj o, int lon, int lat, boolean latFirst) {
        if (latFirst) {
            if (scaled) {
                o.fix("lat", lat / 60_000.0, 4).fix("lon", lon / 60_000.0, 4);
            } else {
                o.num("lat", lat).num("lon", lon);
            }
        } else if (scaled) {
            o.fix("lon", lon / 60_000.0, 4).fix("lat", lat / 60_000.0, 4);
        } else {
            o.num("lon", lon).num("lat", lat);
        }
    }

    private void corners(Obj o, int neLon, int neLat, int swLon, int swLat) {
        if (scaled) {
            o.str("ne_lon", fixed(neLon / 600.0, 6)).str("ne_lat", fixed(neLat / 600.0, 6))
                    .str("sw_lon", fixed(swLon / 600.0, 6)).str("sw_lat", fixed(swLat / 600.0, 6));
        } else {
            o.num("ne_lon", neLon).num("ne_lat", neLat).num("sw_lon", swLon).num("sw_lat", swLat);
        }
    }

    private static void dims(Obj o, Dimensions d) {
        o.num("to_bow", d.toBowM()).num("to_stern", d.toSternM()).num("to_port", d.toPortM())
                .num("to_starboard", d.toStarboardM());
    }

    private void application(Obj o, ApplicationData data) {
            if (data instanceof Raw r) {
                o.str("data", r.data().toString());
            } else if (data instanceof MetHydro h) {
                metHydro(o, h);
            } else if (data instanceof InlandShipStatic s) {
                o.str("vin", s.vin()).num("length", s.lengthDm()).num("beam", s.beamDm())
                        .num("shiptype", s.eriShipType()).str("shiptype_text", AisText.eriShipType(s.eriShipType()))
                        .num("hazard", s.hazard()).str("hazard_text", AisText.hazard(s.hazard()))
                        .num("draught", s.draughtCm()).num("loaded", s.loaded()).str("loaded_text", AisText.loaded(s.loaded()))
                        .bool("speed_q", s.speedQuality()).bool("course_q", s.courseQuality())
                        .bool("heading_q", s.headingQuality());
            } else if (data instanceof PersonsOnBoard p) {
                o.num("crew", p.crew()).num("passengers", p.passengers())
                        .num("personnel", p.personnel());
            } else if (data instanceof AtonMonitoring a) {
                o.bool("off_pos", a.offPosition()).bool("alarm", a.alarm()).num("stat_ext", a.statusExtension());
                if (scaled) {
                    o.fix("ana_int", a.analogueInternal() * 0.05, 2).fix("ana_ext1", a.analogueExternal1() * 0.05, 2)
                            .fix("ana_ext2", a.analogueExternal2() * 0.05, 2); // GLA: 0.05 V per step
                } else {
                    o.num("ana_int", a.analogueInternal()).num("ana_ext1", a.analogueExternal1())
                            .num("ana_ext2", a.analogueExternal2());
                }
                o.num("racon", a.racon()).str("racon_text", AisText.racon(a.racon())).num("light", a.light())
                        .str("light_text", AisText.light(a.light()));
            } else if (data instanceof DangerousCargo d) {
                o.str("lastport", d.lastPort())
                        .str("departure", monthDayTime(d.lastMonth(), d.lastDay(), d.lastHour(), d.lastMinute()))
                        .str("nextport", d.nextPort())
                        .str("eta", monthDayTime(d.nextMonth(), d.nextDay(), d.nextHour(), d.nextMinute()))
                        .str("dangerous", d.dangerous()).str("imdcat", d.imdCategory()).num("unid", d.unNumber())
                        .num("amount", d.amount()).num("unit", d.unit());
            } else if (data instanceof TidalWindow t) {
                o.num("month", t.month()).num("day", t.day());
                o.key("tidals").append('[');
                boolean first = true;
                for (Tidal w : t.windows()) {
                    if (!first) {
                        o.sb.append(',');
                    }
                    first = false;
                    Obj e = new Obj(o.sb);
                    lonLat1000(e, w.lonRaw(), w.latRaw(), false);
                    e.num("from_hour", w.fromHour()).num("from_min", w.fromMinute()).num("to_hour", w.toHour())
                            .num("to_min", w.toMinute()).num("cdir", w.currentDirection());
                    if (scaled) {
                        e.fix("cspeed", w.currentSpeed() / 10.0, 1);
                    } else {
                        e.num("cspeed", w.currentSpeed());
                    }
                    e.end();
                }
                o.sb.append(']');
            } else if (data instanceof ClearanceTime c) {
                o.num("linkage", c.linkage()).str("arrival", monthDayTime(c.month(), c.day(), c.hour(), c.minute()))
                        .str("portname", c.portName()).str("destination", c.destination());
                lonLat1000(o, c.lonRaw(), c.latRaw(), false);
            } else if (data instanceof TextDescription t) {
                o.num("linkage", t.linkage()).str("text", t.text());
            }
    }

    private void metHydro(Obj o, MetHydro h) {
        boolean v289 = h.imo289();
        lonLat1000(o, h.lonRaw(), h.latRaw(), true);
        if (v289) {
            o.bool("accuracy", h.accuracy());
        }
        o.str("timestamp", String.format(Locale.ROOT, "%02dT%02d:%02dZ", h.day(), h.hour(), h.minute()));
        o.num("wspeed", h.windSpeed()).num("wgust", h.windGust()).num("wdir", h.windDirection())
                .num("wgustdir", h.windGustDirection());
        if (scaled) {
            // IMO SN.1/Circ.236 Annex 2 offsets vs IMO SN.1/Circ.289 Annex 3 signed values
            o.num("humidity", h.humidity());
            o.fix("airtemp", v289 ? h.airTemperature() / 10.0 : (h.airTemperature() - 600) / 10.0, 1);
            o.fix("dewpoint", v289 ? h.dewPoint() / 10.0 : (h.dewPoint() - 200) / 10.0, 1)
                    .num("pressure", h.pressure() + (v289 ? 799 : 800))
                    .str("pressuretend", AisText.trend(h.pressureTendency()));
            if (v289) {
                o.bool("visgreater", h.visibilityGreater());
            }
            o.fix("visibility", h.visibility() / 10.0, 1)
                    .fix("waterlevel", v289 ? (h.waterLevel() - 1000) / 100.0 : (h.waterLevel() - 100) / 10.0, 1)
                    .str("leveltrend", AisText.trend(h.waterLevelTrend()))
                    .fix("cspeed", h.currentSpeed() / 10.0, 1).num("cdir", h.currentDirection())
                    .fix("cspeed2", h.currentSpeed2() / 10.0, 1).num("cdir2", h.currentDirection2())
                    .num("cdepth2", h.currentDepth2())
                    .fix("cspeed3", h.currentSpeed3() / 10.0, 1).num("cdir3", h.currentDirection3())
                    .num("cdepth3", h.currentDepth3())
                    .fix("waveheight", h.waveHeight() / 10.0, 1).num("waveperiod", h.wavePeriod())
                    .num("wavedir", h.waveDirection()).fix("swellheight", h.swellHeight() / 10.0, 1)
                    .num("swellperiod", h.swellPeriod()).num("swelldir", h.swellDirection())
                    .num("seastate", h.seaState())
                    .fix("watertemp", v289 ? h.waterTemperature() / 10.0 : (h.waterTemperature() - 100) / 10.0, 1);
            if (v289) {
                o.str("preciptype", AisText.precipitation(h.precipitation()))
                        .fix("salinity", h.salinity() / 10.0, 1).str("ice", AisText.ice(h.ice()));
            } else {
                o.num("preciptype", h.precipitation()).str("preciptype_text", AisText.precipitation(h.precipitation()))
                        .fix("salinity", h.salinity() / 10.0, 1).num("ice", h.ice()).str("ice_text", AisText.ice(h.ice()));
            }
        } else {
            o.num("humidity", h.humidity()).num("airtemp", h.airTemperature()).num("dewpoint", h.dewPoint())
                    .num("pressure", h.pressure()).num("pressuretend", h.pressureTendency());
            if (v289) {
                o.bool("visgreater", h.visibilityGreater());
            }
            o.num("visibility", h.visibility()).num("waterlevel", h.waterLevel()).num("leveltrend", h.waterLevelTrend())
                    .num("cspeed", h.currentSpeed()).num("cdir", h.currentDirection())
                    .num("cspeed2", h.currentSpeed2()).num("cdir2", h.currentDirection2())
                    .num("cdepth2", h.currentDepth2()).num("cspeed3", h.currentSpeed3())
                    .num("cdir3", h.currentDirection3()).num("cdepth3", h.currentDepth3())
                    .num("waveheight", h.waveHeight()).num("waveperiod", h.wavePeriod())
                    .num("wavedir", h.waveDirection()).num("swellheight", h.swellHeight())
                    .num("swellperiod", h.swellPeriod()).num("swelldir", h.swellDirection())
                    .num("seastate", h.seaState()).num("watertemp", h.waterTemperature())
                    .num("preciptype", h.precipitation());
            if (!v289) {
                o.str("preciptype_text", AisText.precipitation(h.precipitation()));
            }
            o.num("salinity", h.salinity()).num("ice", h.ice());
            if (!v289) {
                o.str("ice_text", AisText.ice(h.ice()));
            }
        }
    }

    private static String monthDayTime(int month, int day, int hour, int minute) {
        return String.format(Locale.ROOT, "%02d-%02dT%02d:%02dZ", month, day, hour, minute);
    }

    static String fixed(double v, int decimals) {
        return new java.math.BigDecimal(v).setScale(decimals, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Minimal JSON object writer over a StringBuilder. */
    static final class Obj {
        final StringBuilder sb;
        private boolean first = true;

        Obj(StringBuilder sb) {
            this.sb = sb;
            sb.append('{');
        }

        StringBuilder key(String k) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append('"').append(k).append("\":");
            return sb;
        }

        Obj num(String k, long v) {
            key(k).append(v);
            return this;
        }

        Obj fix(String k, double v, int decimals) {
            key(k).append(fixed(v, decimals));
            return this;
        }

        Obj bool(String k, boolean v) {
            key(k).append(v);
            return this;
        }

        Obj str(String k, String v) {
            quote(key(k), v);
            return this;
        }

        void end() {
            sb.append('}');
        }
    }

    /** Appends {@code s} as a JSON string literal (RFC 8259 §7). */
    public static void quote(StringBuilder sb, String s) {
        sb.append('"');
        if (s != null) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
        }
        sb.append('"');
    }
}
