package cn.edu.ttms.infrastructure.signature;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * Turns "CN=…, O=…, C=CN" into the encoded name of a certificate. Two details matter for Chinese
 * names read by other tools: CN, O, OU… are UTF8String (BCStyle's choice; C stays PrintableString),
 * and the string is read the RFC 4514 way, most significant part last, so the certificate holds C
 * first and every tool shows the name as it was written. BCStyle alone keeps the written order,
 * which would put CN first in the encoding.
 */
final class DistinguishedNames {

    private DistinguishedNames() {}

    /**
     * The X.500 name for an RFC 4514 string such as {@code CN=张三, O=临沧市教育局, C=CN}.
     *
     * @throws IllegalArgumentException when the string is not a distinguished name
     */
    static X500Name parse(String dn) {
        List<RDN> rdns = Arrays.asList(BCStyle.INSTANCE.fromString(dn));
        if (rdns.isEmpty()) {
            throw new IllegalArgumentException("empty distinguished name");
        }
        Collections.reverse(rdns);
        return new X500Name(BCStyle.INSTANCE, rdns.toArray(RDN[]::new));
    }
}
