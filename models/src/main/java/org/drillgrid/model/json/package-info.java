/**
 * The one configured Jackson mapper and the machinery that reads a document reporting every problem with its JSON path. Nothing here knows what a scenario means.
 */
package org.drillgrid.model.json;
