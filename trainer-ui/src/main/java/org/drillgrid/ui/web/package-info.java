/**
 * The web front of the server: how Jetty listens (loopback by default, HTTPS from a PKCS#12 keystore, no
 * version banner), the security headers and session-cookie flags every response carries, and the data
 * folder kept private. What the app and the API do lives elsewhere; docs/security.md says why each is so.
 */
package org.drillgrid.ui.web;
