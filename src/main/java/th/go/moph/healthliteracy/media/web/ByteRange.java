package th.go.moph.healthliteracy.media.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of an HTTP {@code Range} header (RFC 9110 §14), resolved against the object's size. Only a single
 * range is honoured; a list of ranges is answered with the whole object, which the RFC allows.
 */
record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,30})-(\\d{0,30})");

    /** What a {@code Range} header asks of an object of {@code size} bytes. */
    sealed interface Request permits Whole, Partial, Unsatisfiable {
    }

    record Whole() implements Request {
    }

    record Partial(ByteRange range) implements Request {
    }

    record Unsatisfiable() implements Request {
    }

    long length() {
        return last - first + 1;
    }

    String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    static Request of(String header, long size) {
        if (header == null) {
            return new Whole();
        }
        Matcher m = SINGLE.matcher(header.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return new Whole(); // not a range we serve (several ranges, other units, junk): the whole object
        }
        Optional<Long> from = number(m.group(1));
        Optional<Long> to = number(m.group(2));
        if (from.isEmpty()) { // "bytes=-500": the last 500 bytes
            long suffix = to.get();
            if (suffix == 0 || size == 0) {
                return new Unsatisfiable();
            }
            return new Partial(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        long first = from.get();
        if (first >= size) {
            return new Unsatisfiable();
        }
        long last = to.map(t -> Math.min(t, size - 1)).orElse(size - 1);
        if (last < first) {
            return new Whole(); // syntactically invalid: ignored, as the RFC asks
        }
        return new Partial(new ByteRange(first, last));
    }

    private static Optional<Long> number(String digits) {
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(digits));
        } catch (NumberFormatException tooLarge) {
            return Optional.of(Long.MAX_VALUE);
        }
    }
}
