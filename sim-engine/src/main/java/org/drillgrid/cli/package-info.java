/**
 * The drillgrid command line (picocli): list, validate, run, package and import of exercise packages; other modules add subcommands (serve). Exit codes 0 ok, 2 invalid input, 1 internal error.
 */
package org.drillgrid.cli;
