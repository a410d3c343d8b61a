package cn.edu.ttms.infrastructure.signature;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 time-stamp authority on the loopback interface, speaking the HTTP transport, with its own
 * EC key and a certificate carrying the critical extended key usage timeStamping that RFC 3161 demands.
 * {@code /fail} answers HTTP 500.
 */
public final class LocalTimeStampAuthority implements AutoCloseable {

    private static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.2.3.4.1");

    private final HttpServer server;
    private final TimeStampResponseGenerator responses;
    private final AtomicLong serial = new AtomicLong(1);
    final X509Certificate certificate;

    public LocalTimeStampAuthority() throws Exception {
        KeyPair keys = SigningKeys.generate();
        CertificateAuthority root = TestPki.CA;
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                root.certificate(),
                BigInteger.valueOf(77),
                Date.from(now.minusSeconds(600)),
                Date.from(now.plus(Duration.ofDays(30))),
                DistinguishedNames.parse("CN=测试时间戳服务, C=CN"),
                keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        certificate = Certificates.certificate(builder.build(SignatureAlgorithms.signer(root.privateKey())));

        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder()
                        .setProvider(BouncyCastle.PROVIDER)
                        .build("SHA256withECDSA", keys.getPrivate(), certificate),
                new JcaDigestCalculatorProviderBuilder()
                        .setProvider(BouncyCastle.PROVIDER)
                        .build()
                        .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                POLICY);
        tokens.addCertificates(new JcaCertStore(List.of(certificate)));
        responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);

        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", exchange -> {
            try (InputStream in = exchange.getRequestBody();
                    OutputStream out = exchange.getResponseBody()) {
                if (!"POST".equals(exchange.getRequestMethod())
                        || !"application/timestamp-query"
                                .equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                    exchange.sendResponseHeaders(415, -1);
                    return;
                }
                TimeStampRequest request = new TimeStampRequest(in.readAllBytes());
                TimeStampResponse response =
                        responses.generate(request, BigInteger.valueOf(serial.getAndIncrement()), new Date());
                byte[] body = response.getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, body.length);
                out.write(body);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        server.createContext("/fail", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    URI failingUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/fail");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
