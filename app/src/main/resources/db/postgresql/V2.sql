-- replay: positions by area (GiST on the PostGIS point) and by time (BRIN: rows arrive in about time order)
CREATE INDEX IF NOT EXISTS positions_geom ON positions USING gist (geom);
CREATE INDEX IF NOT EXISTS positions_time ON positions USING brin (time_ms);
