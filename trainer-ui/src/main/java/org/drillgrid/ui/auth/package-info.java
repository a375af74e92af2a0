/**
 * User accounts of the web app (docs/accounts.md): roles, bcrypt-hashed passwords, the first admin, and
 * login with a rate limit.
 */
package org.drillgrid.ui.auth;
