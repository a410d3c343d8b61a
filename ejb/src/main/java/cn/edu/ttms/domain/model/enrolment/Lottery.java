package cn.edu.ttms.domain.model.enrolment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The draw of a lottery round: the entries in ascending id order, shuffled with {@link
 * Collections#shuffle(List, Random)} over {@code new Random(seed)}. Both algorithms are specified by
 * the Java platform (a linear congruential generator and Fisher–Yates from the end), so the same
 * seed and entries give the same order on any JVM, and anyone can replay a published draw.
 */
public final class Lottery {

    private Lottery() {}

    public static List<Long> order(List<Long> entries, long seed) {
        List<Long> order = new ArrayList<>(entries);
        Collections.sort(order);
        Collections.shuffle(order, new Random(seed));
        return order;
    }
}
