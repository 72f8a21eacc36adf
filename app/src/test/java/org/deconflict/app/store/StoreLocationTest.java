package org.deconflict.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLocationTest {

    @Test
    void postgresUrlMapsToJdbcWithDecodedCredentials() {
        StoreLocation l = StoreLocation.parse("postgresql://ops:p%40ss%3Aw0rd@db.example.org:6543/deconflict?sslmode=require");
        assertThat(l.backend()).isEqualTo(StoreLocation.Backend.POSTGRESQL);
        assertThat(l.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6543/deconflict?sslmode=require");
        assertThat(l.user()).isEqualTo("ops");
        assertThat(l.password()).isEqualTo("p@ss:w0rd");
        assertThat(l.toString()).doesNotContain("p@ss").contains("as ops");
    }

    @Test
    void postgresDefaultsAndShortScheme() {
        StoreLocation l = StoreLocation.parse("postgres://me@localhost/db");
        assertThat(l.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/db");
        assertThat(l.user()).isEqualTo("me");
        assertThat(l.password()).isNull();
        StoreLocation j = StoreLocation.parse("jdbc:postgresql://h:1/d?user=u&password=secret");
        assertThat(j.jdbcUrl()).isEqualTo("jdbc:postgresql://h:1/d?user=u&password=secret");
        assertThat(j.toString()).doesNotContain("secret");
    }

    @Test
    void postgresUrlWithoutDatabaseIsRefused() {
        assertThatThrownBy(() -> StoreLocation.parse("postgresql://u:p@host:5432/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("database").hasMessageNotContaining(":p@");
    }

    @Test
    void sqliteForms(@TempDir Path dir) {
        assertThat(StoreLocation.parse(null).sqliteFile()).isEqualTo(Path.of("data/deconflict.db"));
        assertThat(StoreLocation.parse("  ").backend()).isEqualTo(StoreLocation.Backend.SQLITE);
        assertThat(StoreLocation.parse("sqlite:/x/y.db").sqliteFile()).isEqualTo(Path.of("/x/y.db"));
        assertThat(StoreLocation.parse("jdbc:sqlite:rel.db").jdbcUrl()).isEqualTo("jdbc:sqlite:rel.db");
        assertThat(StoreLocation.parse(dir.toString()).sqliteFile()).isEqualTo(dir.resolve("deconflict.db"));
        assertThatThrownBy(() -> StoreLocation.parse("postgres://h/d").sqliteFile())
                .isInstanceOf(IllegalStateException.class);
    }
}
