package cn.edu.ttms.interfaces.rest.upload;

import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.rest.problem.Problem;
import cn.edu.ttms.interfaces.rest.problem.ProblemTexts;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits the size of every API request body where its bytes arrive: a declared length over the
 * limit is refused at once, and a body sent without one (chunked) is counted as it is read and cut
 * off at the limit. Multipart uploads (spreadsheets) may be larger than JSON bodies:
 * {@code app.upload.max-bytes} (default 20 MiB) and {@code app.request.max-bytes} (default 1 MiB).
 * Either way the caller gets 413 and a problem document; nothing reads a whole oversized body first.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "app.upload.max-bytes", defaultValue = "20971520")
    long maxUploadBytes;

    @Inject
    @ConfigProperty(name = "app.request.max-bytes", defaultValue = "1048576")
    long maxRequestBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, limit);
            return;
        }
        Counted counted = new Counted(request, limit);
        try {
            chain.doFilter(counted, response);
        } catch (IOException | ServletException | RuntimeException e) {
            // a reader outside JAX-RS' exception mapping may let the cut-off escape: still a 413
            if (counted.exceeded && !response.isCommitted()) {
                response.reset();
                refuse(request, response, limit);
                return;
            }
            throw e;
        }
    }

    /** The limit of this request: a multipart upload or an ordinary body. */
    public long limitFor(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                ? maxUploadBytes
                : maxRequestBytes;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        Locale locale = DomainMessages.fromAcceptLanguage(request.getHeader("Accept-Language"));
        String detail = MessageFormat.format(
                ProblemTexts.get("api.tooLarge.detail", locale),
                String.valueOf(new UploadTooLarge(limit).limitInMegabytes()));
        response.setStatus(413);
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        // the rest of the body is not read: let the client know the connection will not be reused
        response.setHeader("Connection", "close");
        response.getOutputStream()
                .write(Problem.json(413, ProblemTexts.get("api.tooLarge", locale), detail)
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** The request with its body counted as it is read. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;
        volatile boolean exceeded;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream());
            }
            return stream;
        }

        private final class CountingStream extends ServletInputStream {

            private final ServletInputStream in;
            private final ByteBudget budget;

            CountingStream(ServletInputStream in) {
                this.in = in;
                this.budget = new ByteBudget(limit);
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    counted(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                    counted(n);
                }
                return n;
            }

            private void counted(int n) throws UploadTooLarge {
                try {
                    budget.spend(n);
                } catch (UploadTooLarge e) {
                    exceeded = true;
                    throw e;
                }
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        }
    }
}
