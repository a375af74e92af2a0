package org.drillgrid.ui.web;

import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The headers every response carries, set before the app or the API handles the request:
 * <ul>
 * <li>a Content-Security-Policy that lets Vaadin 24 work and little else: its client needs inline and
 * evaluated scripts ({@code executeJs}) and inline styles (Lumo), its push a WebSocket back to this same
 * host; everything else only from this origin, no plug-ins, no framing, forms posted only here;</li>
 * <li>{@code X-Frame-Options: DENY} (for browsers without {@code frame-ancestors}),
 * {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer};</li>
 * <li>under HTTPS, {@code Strict-Transport-Security} for a year.</li>
 * </ul>
 */
public final class SecurityHeaders extends Handler.Wrapper {

    /** The policy without its {@code connect-src}, which names this request's own host. */
    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** A host and port as a browser sends them, nothing that could end the header or add a source. */
    private static final Pattern AUTHORITY = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    public SecurityHeaders(Handler app) {
        super(app);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable h = response.getHeaders();
        h.put("Content-Security-Policy", policy(request.getHeaders().get("Host"), request.isSecure()));
        h.put("X-Frame-Options", "DENY");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        if (request.isSecure()) {
            h.put("Strict-Transport-Security", "max-age=31536000");
        }
        return super.handle(request, response, callback);
    }

    /**
     * The policy for a request to {@code host}: {@code 'self'} for the app's own requests, and the push
     * WebSocket to the same host (older browsers do not count {@code ws:} as {@code 'self'}).
     */
    static String policy(String host, boolean secure) {
        String connect = "connect-src 'self'";
        if (host != null && AUTHORITY.matcher(host).matches()) {
            connect += (secure ? " wss://" : " ws://") + host;
        }
        return CSP + "; " + connect;
    }
}
