package org.deconflict.ledger.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8785 examples: §3.2.2 sample, §3.2.3 sorting sample and Appendix B number samples. */
class CanonicalJsonTest {

    @Test
    void rfc8785MainExample() {
        String in = "{\n  \"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n"
                + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
                + "  \"literals\": [null, true, false]\n}";
        String want = "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
        assertThat(CanonicalJson.string(JsonParser.parse(in))).isEqualTo(want);
    }

    @Test
    void rfc8785SortingExample() {
        String in = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\","
                + "\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
        String want = "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}";
        String got = CanonicalJson.string(JsonParser.parse(in));
        assertThat(got).isEqualTo(want);
        assertThat(CanonicalJson.bytes(JsonParser.parse(in))).isEqualTo(want.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0000000000000000, 0",
        "8000000000000000, 0",
        "0000000000000001, 5e-324",
        "8000000000000001, -5e-324",
        "7fefffffffffffff, 1.7976931348623157e+308",
        "ffefffffffffffff, -1.7976931348623157e+308",
        "4340000000000000, 9007199254740992",
        "c340000000000000, -9007199254740992",
        "4430000000000000, 295147905179352830000",
        "44b52d02c7e14af5, 9.999999999999997e+22",
        "44b52d02c7e14af6, 1e+23",
        "44b52d02c7e14af7, 1.0000000000000001e+23",
        "444b1ae4d6e2ef4e, 999999999999999700000",
        "444b1ae4d6e2ef4f, 999999999999999900000",
        "444b1ae4d6e2ef50, 1e+21",
        "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
        "3eb0c6f7a0b5ed8d, 0.000001",
        "41b3de4355555553, 333333333.3333332",
        "41b3de4355555554, 333333333.33333325",
        "41b3de4355555555, 333333333.3333333",
        "41b3de4355555556, 333333333.3333334",
        "41b3de4355555557, 333333333.33333343",
        "becbf647612f3696, -0.0000033333333333333333",
        "43143ff3c1cb0959, 1424953923781206.2"
    })
    void rfc8785AppendixBNumbers(String ieeeHex, String want) {
        double d = Double.longBitsToDouble(Long.parseUnsignedLong(ieeeHex, 16));
        assertThat(CanonicalJson.number(d)).isEqualTo(want);
    }

    @Test
    void nonFiniteNumbersAndLoneSurrogatesAreRejected() {
        assertThatThrownBy(() -> CanonicalJson.number(Double.NaN)).isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> CanonicalJson.number(Double.POSITIVE_INFINITY)).isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> CanonicalJson.string("\ud800")).isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> CanonicalJson.string(1L << 60)).isInstanceOf(JsonException.class);
    }

    @Test
    void parserRejectsDuplicatesAndGarbage() {
        assertThatThrownBy(() -> JsonParser.parse("{\"a\":1,\"a\":2}")).isInstanceOf(JsonException.class)
                .hasMessageContaining("duplicate");
        assertThatThrownBy(() -> JsonParser.parse("[1,]")).isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> JsonParser.parse("{} x")).isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> JsonParser.parse("01")).isInstanceOf(JsonException.class);
    }
}
