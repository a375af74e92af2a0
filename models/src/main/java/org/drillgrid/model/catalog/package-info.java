/**
 * The scenarios bundled on the classpath (scenarios/index.json), found without a compile-time dependency on the scenarios module.
 */
package org.drillgrid.model.catalog;
