package org.drillgrid.ui.web;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * HTTPS: a PKCS#12 keystore holding the server's key and certificate chain, and its password.
 *
 * @param keystore the {@code .p12} file
 * @param password its password (also the key's, as {@code keytool -storetype PKCS12} makes them)
 */
public record Tls(Path keystore, String password) {

    public Tls {
        if (keystore == null) {
            throw new IllegalArgumentException("keystore: required for HTTPS");
        }
        if (!Files.isRegularFile(keystore) || !Files.isReadable(keystore)) {
            throw new IllegalArgumentException("keystore: " + keystore + " is not a readable file");
        }
        if (password == null) {
            throw new IllegalArgumentException("keystore-password: required (--keystore-password or "
                    + "DRILLGRID_KEYSTORE_PASSWORD)");
        }
        // read now, so a wrong password or a damaged file is a clear error before anything starts
        try (var in = Files.newInputStream(keystore)) {
            java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
            ks.load(in, password.toCharArray());
            if (!ks.aliases().hasMoreElements()) {
                throw new IllegalArgumentException("keystore: " + keystore + " holds no key");
            }
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalArgumentException("keystore: cannot read " + keystore
                    + " as PKCS#12 with the password given: " + e.getMessage(), e);
        }
    }
}
