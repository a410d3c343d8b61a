package cn.edu.ttms.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private static String canonical(String json) {
        return new String(CanonicalJson.canonicalize(json), StandardCharsets.UTF_8);
    }

    @Test
    void keysAreSortedAndWhitespaceDropped() {
        assertEquals(
                "{\"a\":[1,\"x\"],\"b\":\"2\",\"c\":{\"y\":\"25.90\",\"z\":\"é\"}}",
                canonical("{\"b\":\"2\",\"a\":[1,\"x\"],\"c\":{\"z\":\"é\",\"y\":\"25.90\"}}"));
        assertEquals(
                "{\"a\":[1,\"x\"],\"b\":\"2\",\"c\":{\"y\":\"25.90\",\"z\":\"é\"}}",
                canonical(
                        "{ \"b\" : \"2\",\n \"a\" : [ 1 , \"x\" ], \"c\" : { \"z\" : \"\\u00e9\", \"y\" : \"25.90\" } }"));
    }

    @Test
    void theBytesAreUtf8() {
        assertEquals(
                "{\"name\":\"李四\"}",
                new String(CanonicalJson.canonicalize("{\"name\":\"李四\"}"), StandardCharsets.UTF_8));
        assertEquals(14, CanonicalJson.canonicalize("{\"n\":\"李四\"}").length);
    }

    @Test
    void numbersAreWrittenTheEcmaScriptWay() {
        assertEquals("[1,0.5,1e+30,-2,25.9]", canonical("[1.0, 5e-1, 1E30, -2.00, 25.90]"));
    }

    @Test
    void keysAreSortedByUtf16CodeUnits() {
        assertEquals("{\"A\":1,\"a\":2,\"é\":3,\"李\":4}", canonical("{\"李\":4,\"é\":3,\"a\":2,\"A\":1}"));
    }

    @Test
    void invalidJsonIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.canonicalize("{\"a\":"));
    }

    @Test
    void sha256IsLowerCaseHex() {
        assertEquals(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                CanonicalJson.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)));
    }
}
