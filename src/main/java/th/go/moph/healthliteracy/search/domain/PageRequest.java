package th.go.moph.healthliteracy.search.domain;

import th.go.moph.healthliteracy.platform.parameters.InvalidParameterException;
import th.go.moph.healthliteracy.platform.parameters.ParameterValues;

/** Which page of results: pages count from 1; no page reaches past the first 10,000 hits (Elasticsearch's window). */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 50;
    public static final int MAX_WINDOW = 10_000;

    public PageRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidParameterException("size", "size must be between 1 and " + MAX_SIZE);
        }
        if (page < 1) {
            throw new InvalidParameterException("page", "page counts from 1");
        }
        if ((long) page * size > MAX_WINDOW) {
            throw new InvalidParameterException("page", "Only the first " + MAX_WINDOW + " results can be paged;"
                    + " narrow the search instead");
        }
    }

    /** From raw parameters: absent means the first page of {@link #DEFAULT_SIZE}; anything not a number is refused. */
    public static PageRequest of(String page, String size) {
        return new PageRequest(ParameterValues.number("page", page, 1),
                ParameterValues.number("size", size, DEFAULT_SIZE));
    }

    public int from() {
        return (page - 1) * size;
    }
}
