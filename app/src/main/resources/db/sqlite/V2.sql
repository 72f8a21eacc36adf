-- replay: positions by time, with the coordinates in the index so an area filter reads no table rows
CREATE INDEX IF NOT EXISTS positions_time ON positions (time_ms, lat, lon);
