package cn.edu.ttms.interfaces.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address printed on documents and in their QR codes. A document outlives the request that made it
 * and is read on another network, so a deployment behind a proxy sets {@code app.public-url} (e.g.
 * {@code https://ttms.jyj.example.gov.cn/}); without it the address the request came in on is used.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "app.public-url")
    Optional<String> configured;

    /** {@code scheme://host[:port]/context/}, always ending with {@code /}. */
    public String base(HttpServletRequest request) {
        Optional<String> given = configured.map(String::strip).filter(s -> !s.isEmpty());
        if (given.isPresent()) {
            String url = given.get();
            return url.endsWith("/") ? url : url + "/";
        }
        StringBuilder url = new StringBuilder(request.getScheme()).append("://").append(request.getServerName());
        int port = request.getServerPort();
        if (!("http".equals(request.getScheme()) && port == 80 || "https".equals(request.getScheme()) && port == 443)) {
            url.append(':').append(port);
        }
        return url.append(request.getContextPath()).append('/').toString();
    }
}
