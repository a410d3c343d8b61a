package cn.edu.ttms.it.ldap;

import cn.edu.ttms.application.account.DirectoryAnswer;
import cn.edu.ttms.infrastructure.directory.LdapDirectory;
import cn.edu.ttms.infrastructure.directory.LdapSettings;

/**
 * One directory sign-in in a JVM of its own, for {@link LdapTlsIT}: TLS trusts the JVM's trust store
 * ({@code -Djavax.net.ssl.trustStore}), which is fixed once per JVM, so each trust store gets a JVM.
 * Arguments: url, start-tls, base DN, bind DN, bind password, username, password. Prints the status
 * on the first line and the reason on the second.
 */
public final class LdapTlsProbe {

    private LdapTlsProbe() {}

    public static void main(String[] args) {
        LdapDirectory directory = new LdapDirectory(new LdapSettings(
                args[0],
                args[2],
                args[3],
                args[4],
                LdapSettings.DEFAULT_FILTER,
                "cn",
                null,
                Boolean.parseBoolean(args[1]),
                3000,
                5000));
        DirectoryAnswer answer = directory.authenticate(args[5], args[6].toCharArray());
        System.out.println(answer.status());
        System.out.println(answer.reason());
    }
}
