package th.go.moph.healthliteracy.media.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    private static ByteRange partial(String header, long size) {
        return assertInstanceOf(ByteRange.Partial.class, ByteRange.of(header, size)).range();
    }

    @Test
    void aClosedRangeIsServedAsAsked() {
        ByteRange range = partial("bytes=0-99", 1000);
        assertEquals(new ByteRange(0, 99), range);
        assertEquals(100, range.length());
        assertEquals("bytes 0-99/1000", range.contentRange(1000));
    }

    @Test
    void anOpenRangeRunsToTheEnd() {
        assertEquals(new ByteRange(900, 999), partial("bytes=900-", 1000));
    }

    @Test
    void aRangePastTheEndIsCutAtTheEnd() {
        assertEquals(new ByteRange(500, 999), partial("bytes=500-5000", 1000));
    }

    @Test
    void aSuffixRangeIsTheLastBytes() {
        assertEquals(new ByteRange(800, 999), partial("bytes=-200", 1000));
        assertEquals(new ByteRange(0, 999), partial("bytes=-5000", 1000));
    }

    @Test
    void aRangeStartingAfterTheEndCannotBeSatisfied() {
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=1000-", 1000));
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=-0", 1000));
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=99999999999999999999-", 1000));
    }

    @Test
    void severalRangesOtherUnitsAndJunkGetTheWholeObject() {
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of(null, 1000));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("bytes=0-1,5-9", 1000));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("items=0-1", 1000));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("bytes=9-2", 1000));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("bytes=-", 1000));
    }
}
