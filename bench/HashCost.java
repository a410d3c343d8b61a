import cn.edu.ttms.infrastructure.security.PasswordHashing;

/**
 * Times one password hash and one verification at the iteration count the application writes
 * (PasswordHashing.ITERATIONS), after a few warm-up rounds, on one core.
 * Usage: mvn -B -q -pl ejb compile && java -cp ejb/target/classes bench/HashCost.java [rounds]
 */
public class HashCost {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        PasswordHashing hashing = new PasswordHashing();
        char[] password = "Demo@2026".toCharArray();
        String hash = null;
        for (int i = 0; i < 3; i++) {
            hash = hashing.hash(password); // warm-up: the JIT compiles HMAC-SHA256
        }
        long[] hashes = new long[rounds];
        long[] verifications = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            hash = hashing.hash(password);
            long t1 = System.nanoTime();
            if (!hashing.matches(password, hash)) {
                throw new IllegalStateException("does not verify: " + hash);
            }
            long t2 = System.nanoTime();
            hashes[i] = t1 - t0;
            verifications[i] = t2 - t1;
        }
        java.util.Arrays.sort(hashes);
        java.util.Arrays.sort(verifications);
        System.out.printf("%s, %d iterations, %d rounds: hash median %.0f ms (min %.0f, max %.0f),"
                + " verify median %.0f ms%n", hash.substring(0, hash.indexOf(':')),
                PasswordHashing.ITERATIONS, rounds, hashes[rounds / 2] / 1e6, hashes[0] / 1e6,
                hashes[rounds - 1] / 1e6, verifications[rounds / 2] / 1e6);
    }
}
