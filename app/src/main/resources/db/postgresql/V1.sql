-- initial schema: targets, flights, positions, events, incidents, replay progress (times: epoch ms UTC)
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE targets (
    target_key      text    NOT NULL PRIMARY KEY,
    kind            text    NOT NULL CHECK (kind IN ('AIRCRAFT', 'SHIP')),
    name            text,
    nation          text,
    military        boolean NOT NULL,
    military_reason text,
    category        text,
    first_seen_ms   bigint  NOT NULL,
    last_seen_ms    bigint  NOT NULL
);

CREATE TABLE flights (
    flight_id       text    NOT NULL PRIMARY KEY,
    target_key      text    NOT NULL,
    start_ms        bigint  NOT NULL,
    end_ms          bigint,
    identity        text,
    nation          text,
    military        boolean NOT NULL,
    position_s      double precision NOT NULL,
    identity_only_s double precision NOT NULL,
    silent_s        double precision NOT NULL
);
CREATE INDEX flights_target ON flights (target_key, start_ms);
CREATE INDEX flights_start ON flights (start_ms);

CREATE TABLE positions (
    target_key  text    NOT NULL,
    time_ms     bigint  NOT NULL,
    lat         double precision NOT NULL,
    lon         double precision NOT NULL,
    altitude_ft double precision,
    speed_kt    double precision,
    track_deg   double precision,
    source      text    NOT NULL,
    geom        geometry(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)) STORED,
    PRIMARY KEY (target_key, time_ms)
);

CREATE TABLE events (
    event_id    text    NOT NULL PRIMARY KEY,
    kind        text    NOT NULL,
    time_ms     bigint  NOT NULL,
    target_keys text    NOT NULL,
    severity    text,
    details     jsonb   NOT NULL
);
CREATE INDEX events_time ON events (time_ms);

CREATE TABLE incidents (
    incident_id          text    NOT NULL PRIMARY KEY,
    kind                 text    NOT NULL,
    severity             text    NOT NULL CHECK (severity IN ('A', 'B', 'C', 'D', 'E')),
    start_ms             bigint  NOT NULL,
    end_ms               bigint,
    min_horizontal_m     double precision,
    min_vertical_ft      double precision,
    closest_approach_ms  bigint,
    where_lat            double precision NOT NULL,
    where_lon            double precision NOT NULL,
    details              jsonb   NOT NULL,
    where_geom           geometry(Point, 4326)
                         GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(where_lon, where_lat), 4326)) STORED
);
CREATE INDEX incidents_start ON incidents (start_ms);
CREATE INDEX incidents_where ON incidents USING gist (where_geom);

CREATE TABLE incident_participants (
    incident_id         text    NOT NULL REFERENCES incidents (incident_id) ON DELETE CASCADE,
    ord                 integer NOT NULL,
    target_key          text    NOT NULL,
    closest_lat         double precision NOT NULL,
    closest_lon         double precision NOT NULL,
    closest_altitude_ft double precision,
    track               geometry(LineString, 4326),
    closest_geom        geometry(Point, 4326)
                        GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(closest_lon, closest_lat), 4326)) STORED,
    PRIMARY KEY (incident_id, ord)
);
CREATE INDEX incident_participants_target ON incident_participants (target_key);
CREATE INDEX incident_participants_track ON incident_participants USING gist (track);

CREATE TABLE replay_progress (
    input_name         text    NOT NULL PRIMARY KEY,
    byte_offset        bigint  NOT NULL,
    last_event_time_ms bigint
);
