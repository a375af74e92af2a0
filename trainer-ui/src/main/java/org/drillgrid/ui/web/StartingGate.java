package org.drillgrid.ui.web;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * What the server answers while it starts: the port is open at once, and every request gets 503 with
 * {@code Retry-After} and a line saying the server is starting (in Chinese and English), until the app is
 * deployed behind it ({@link #open}). The database, the services and Vaadin take many seconds to start;
 * a client or a load balancer meanwhile learns "come back soon", not "nobody here".
 */
public final class StartingGate extends Handler.Abstract {

    /** Seconds a client is asked to wait before it tries again. */
    static final int RETRY_AFTER_SECONDS = 2;
    private static final byte[] STARTING = ("Drillgrid 正在启动，请稍候。\nDrillgrid is starting; try again in a moment.\n")
            .getBytes(StandardCharsets.UTF_8);

    private volatile Handler app;

    /** Starts the app (in the server this gate belongs to, which is running) and sends every request to it. */
    public void open(Handler app) throws Exception {
        app.setServer(getServer());
        addBean(app, true); // managed: started now, stopped with the server
        if (!app.isStarted()) {
            app.start();
        }
        this.app = app;
    }

    /** Whether the app answers yet. */
    public boolean isOpen() {
        return app != null;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Handler h = app;
        if (h != null) {
            return h.handle(request, response, callback);
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE_503);
        response.getHeaders().put(HttpHeader.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(STARTING), callback);
        return true;
    }
}
