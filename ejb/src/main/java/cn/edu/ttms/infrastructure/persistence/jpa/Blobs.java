package cn.edu.ttms.infrastructure.persistence.jpa;

import java.sql.Blob;
import java.sql.SQLException;

/** The bytes of a binary column as a native query returns it: byte[] on MySQL, sometimes a Blob on H2. */
final class Blobs {

    private Blobs() {}

    static byte[] bytes(Object column) {
        if (column instanceof byte[] bytes) {
            return bytes;
        }
        if (column instanceof Blob blob) {
            try {
                return blob.getBytes(1, Math.toIntExact(blob.length()));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read a binary column", e);
            }
        }
        throw new IllegalStateException("not a binary column: " + (column == null ? "null" : column.getClass()));
    }
}
