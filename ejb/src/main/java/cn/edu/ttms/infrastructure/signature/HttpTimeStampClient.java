package cn.edu.ttms.infrastructure.signature;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * A time-stamp authority reached by the RFC 3161 HTTP transport: the DER request is POSTed as
 * {@code application/timestamp-query}. A time-stamp proves that a signature existed at a time the
 * server's own clock cannot vouch for. Each request carries a random nonce and asks for the TSA's
 * certificate, and the reply is checked against the request (status, digest, nonce) before use.
 */
public final class HttpTimeStampClient implements TimeStampClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private final URI tsaUrl;

    public HttpTimeStampClient(URI tsaUrl) {
        this.tsaUrl = Objects.requireNonNull(tsaUrl, "tsaUrl");
    }

    @Override
    public TimeStampToken timeStamp(byte[] sha256) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256, new BigInteger(63, RANDOM));
        HttpResponse<byte[]> reply;
        try {
            reply = HTTP.send(
                    HttpRequest.newBuilder(tsaUrl)
                            .timeout(REQUEST_TIMEOUT)
                            .header("Content-Type", "application/timestamp-query")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("the time-stamp authority " + tsaUrl + " cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the time-stamp authority", e);
        }
        if (reply.statusCode() != 200) {
            throw new IllegalStateException(
                    "the time-stamp authority " + tsaUrl + " answered HTTP " + reply.statusCode());
        }
        try {
            TimeStampResponse response = new TimeStampResponse(reply.body());
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw new IllegalStateException(
                        "the time-stamp authority " + tsaUrl + " granted no token: " + response.getStatusString());
            }
            return token;
        } catch (TSPException | IOException e) {
            throw new IllegalStateException(
                    "the time-stamp authority " + tsaUrl + " sent an invalid reply: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "HttpTimeStampClient[" + tsaUrl + "]";
    }
}
