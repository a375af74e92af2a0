/**
 * The JSON REST API of exercise sessions ({@code /api/v1}, docs/api.md), token-authenticated, so external
 * command systems can take part in an exercise.
 */
package org.drillgrid.ui.api;
