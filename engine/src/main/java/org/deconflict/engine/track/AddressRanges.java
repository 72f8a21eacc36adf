package org.deconflict.engine.track;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Sorted, non-overlapping 24-bit address ranges with a nation and a label, searched by binary search. */
final class AddressRanges {

    private final int[] first;
    private final int[] last;
    private final String[] nation;
    private final String[] label;

    private AddressRanges(List<String[]> rows) {
        rows.sort(Comparator.comparingInt(r -> Integer.parseInt(r[0], 16)));
        int n = rows.size();
        first = new int[n];
        last = new int[n];
        nation = new String[n];
        label = new String[n];
        for (int i = 0; i < n; i++) {
            String[] r = rows.get(i);
            first[i] = Integer.parseInt(r[0], 16);
            last[i] = Integer.parseInt(r[1], 16);
            nation[i] = r[2].intern();
            label[i] = r[3];
            if (last[i] < first[i] || (i > 0 && first[i] <= last[i - 1])) {
                throw new IllegalStateException("address ranges overlap or are reversed at " + r[0]);
            }
        }
    }

    /** Loads a CSV resource of {@code first,last,nation,label} lines ('#' comments). */
    static AddressRanges load(String resource) {
        return new AddressRanges(Csv.read(resource, 4));
    }

    /** Index of the range holding the address, or -1. */
    int find(int address) {
        int i = Arrays.binarySearch(first, address);
        if (i < 0) {
            i = -i - 2;
        }
        return i >= 0 && address <= last[i] ? i : -1;
    }

    String nation(int index) {
        return nation[index];
    }

    String label(int index) {
        return label[index];
    }

    int size() {
        return first.length;
    }

    /** Minimal CSV reading for the bundled tables: comma-separated, the last column may contain commas. */
    static final class Csv {
        private Csv() {
        }

        static List<String[]> read(String resource, int columns) {
            InputStream in = AddressRanges.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] parts = line.split(",", columns);
                    if (parts.length != columns) {
                        throw new IllegalStateException(resource + ": bad line " + line);
                    }
                    rows.add(parts);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return rows;
        }
    }
}
