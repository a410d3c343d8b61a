package cn.edu.ttms.infrastructure.signature;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one BouncyCastle provider this package hands to every builder and {@code getInstance} call.
 * It is deliberately not registered with {@link java.security.Security}: an application server shares
 * that list between applications, and nothing here should depend on, or change, global state.
 */
final class BouncyCastle {

    /** Thread-safe and expensive to build (it loads hundreds of algorithms), so built once. */
    static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {}
}
