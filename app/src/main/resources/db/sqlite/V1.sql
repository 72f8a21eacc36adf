-- initial schema: targets, flights, positions, events, incidents, replay progress (times: epoch ms UTC)
CREATE TABLE targets (
    target_key      TEXT    NOT NULL PRIMARY KEY,
    kind            TEXT    NOT NULL CHECK (kind IN ('AIRCRAFT', 'SHIP')),
    name            TEXT,
    nation          TEXT,
    military        INTEGER NOT NULL CHECK (military IN (0, 1)),
    military_reason TEXT,
    category        TEXT,
    first_seen_ms   INTEGER NOT NULL,
    last_seen_ms    INTEGER NOT NULL
);

CREATE TABLE flights (
    flight_id       TEXT    NOT NULL PRIMARY KEY,
    target_key      TEXT    NOT NULL,
    start_ms        INTEGER NOT NULL,
    end_ms          INTEGER,
    identity        TEXT,
    nation          TEXT,
    military        INTEGER NOT NULL CHECK (military IN (0, 1)),
    position_s      REAL    NOT NULL,
    identity_only_s REAL    NOT NULL,
    silent_s        REAL    NOT NULL
);
CREATE INDEX flights_target ON flights (target_key, start_ms);
CREATE INDEX flights_start ON flights (start_ms);

CREATE TABLE positions (
    target_key  TEXT    NOT NULL,
    time_ms     INTEGER NOT NULL,
    lat         REAL    NOT NULL,
    lon         REAL    NOT NULL,
    altitude_ft REAL,
    speed_kt    REAL,
    track_deg   REAL,
    source      TEXT    NOT NULL,
    PRIMARY KEY (target_key, time_ms)
) WITHOUT ROWID;

CREATE TABLE events (
    event_id    TEXT    NOT NULL PRIMARY KEY,
    kind        TEXT    NOT NULL,
    time_ms     INTEGER NOT NULL,
    target_keys TEXT    NOT NULL,
    severity    TEXT,
    details     TEXT    NOT NULL CHECK (json_valid(details))
);
CREATE INDEX events_time ON events (time_ms);

CREATE TABLE incidents (
    incident_id          TEXT    NOT NULL PRIMARY KEY,
    kind                 TEXT    NOT NULL,
    severity             TEXT    NOT NULL CHECK (severity IN ('A', 'B', 'C', 'D', 'E')),
    start_ms             INTEGER NOT NULL,
    end_ms               INTEGER,
    min_horizontal_m     REAL,
    min_vertical_ft      REAL,
    closest_approach_ms  INTEGER,
    where_lat            REAL    NOT NULL,
    where_lon            REAL    NOT NULL,
    details              TEXT    NOT NULL CHECK (json_valid(details))
);
CREATE INDEX incidents_start ON incidents (start_ms);
CREATE INDEX incidents_where ON incidents (where_lat, where_lon);

-- closest point as lat/lon, track segment as a GeoJSON LineString (WGS-84, [lon, lat] order)
CREATE TABLE incident_participants (
    incident_id         TEXT    NOT NULL REFERENCES incidents (incident_id) ON DELETE CASCADE,
    ord                 INTEGER NOT NULL,
    target_key          TEXT    NOT NULL,
    closest_lat         REAL    NOT NULL,
    closest_lon         REAL    NOT NULL,
    closest_altitude_ft REAL,
    track               TEXT,
    PRIMARY KEY (incident_id, ord)
);
CREATE INDEX incident_participants_target ON incident_participants (target_key);

CREATE TABLE replay_progress (
    input_name         TEXT    NOT NULL PRIMARY KEY,
    byte_offset        INTEGER NOT NULL,
    last_event_time_ms INTEGER
);
