package org.drillgrid.ui.web;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The server's one connector: plain HTTP, or HTTPS with a PKCS#12 keystore; either way without the
 * {@code Server: Jetty(…)} and {@code X-Powered-By} headers, which would tell an attacker the version.
 */
public final class Listener {

    /** Where the server listens unless told otherwise: this machine only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    private Listener() {
    }

    /** Adds the connector on {@code host:port} (port 0: a free one), with TLS when {@code tls} is not null. */
    public static ServerConnector add(Server jetty, String host, int port, Tls tls) {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector;
        if (tls == null) {
            connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        } else {
            SecureRequestCustomizer secure = new SecureRequestCustomizer();
            // a certificate for a name, reached at an address, is the client's to judge, not the server's
            secure.setSniHostCheck(false);
            http.addCustomizer(secure);
            http.setSecureScheme("https");
            connector = new ServerConnector(jetty, new SslConnectionFactory(sslContext(tls), "http/1.1"),
                    new HttpConnectionFactory(http));
        }
        connector.setHost(host);
        connector.setPort(port);
        jetty.addConnector(connector);
        return connector;
    }

    private static SslContextFactory.Server sslContext(Tls tls) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStoreType("PKCS12");
        ssl.setKeyStorePath(tls.keystore().toAbsolutePath().toString());
        ssl.setKeyStorePassword(tls.password());
        return ssl;
    }
}
