package cn.edu.ttms.interfaces.rest.params;

import cn.edu.ttms.interfaces.rest.problem.BadParameter;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code page} and {@code size} of every list (api.md: defaults 0 and 50, {@code size} ≤ 500), as a
 * {@code @BeanParam}. The page is bounded too, so that {@code page × size} always fits an int: the
 * offset of {@code page=2147483647&size=500} once overflowed to a negative number and returned the
 * first page.
 */
public class Paging {

    public static final int MAX_SIZE = 500;
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    int page;

    @QueryParam("size")
    @DefaultValue("50")
    int size;

    public Paging() {}

    Paging(int page, int size) {
        this.page = page;
        this.size = size;
    }

    /** The first row to return; refuses a page or size out of range with 400 naming the parameter. */
    public int offset() {
        check();
        return page * size;
    }

    public int size() {
        check();
        return size;
    }

    private void check() {
        if (page < 0 || page > MAX_PAGE) {
            throw new BadParameter("page", "api.expects.range", "0–" + MAX_PAGE, false, String.valueOf(page));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadParameter("size", "api.expects.range", "1–" + MAX_SIZE, false, String.valueOf(size));
        }
    }
}
