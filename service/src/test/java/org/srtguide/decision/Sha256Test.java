package org.srtguide.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void shouldGiveTheStandardDigestsAsLowerCaseHex() {
        // FIPS 180-2 test vectors
        assertThat(Sha256.hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void shouldDigestThePartsAsOneByteString() {
        byte[] a = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmno".getBytes(StandardCharsets.US_ASCII);
        byte[] b = "mnopnopq".getBytes(StandardCharsets.US_ASCII);
        assertThat(Sha256.hex(a, b)).isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
                .isEqualTo(Sha256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
    }

    @Test
    void shouldNotCarryStateFromOneDigestToTheNextOrAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> tasks = IntStream.range(0, 2000).<Callable<Boolean>>mapToObj(i -> () ->
                    Sha256.hex(i % 2 == 0 ? "" : "abc").equals(i % 2 == 0
                            ? "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
                            : "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")).toList();
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
