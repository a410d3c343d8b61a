package cn.edu.ttms.domain.model.document;

/** How the public verification shows a holder: enough to match the paper, too little to identify anyone. */
public final class Masking {

    private Masking() {}

    /**
     * A name with every character but the first (the family name) masked: 李明 → 李*, 欧阳娜娜 → 欧***.
     * A name of one character stays as it is: masking it would leave nothing to compare.
     */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String s = name.strip();
        int first = s.offsetByCodePoints(0, 1);
        int rest = s.codePointCount(first, s.length());
        return s.substring(0, first) + "*".repeat(rest);
    }
}
