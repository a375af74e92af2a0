/**
 * The scenarios a user can pick: those bundled on the classpath (scenarios/index.json), found without a compile-time dependency on the scenarios module, plus a scenario library's; references {@code id} and {@code id@version}.
 */
package org.drillgrid.model.catalog;
