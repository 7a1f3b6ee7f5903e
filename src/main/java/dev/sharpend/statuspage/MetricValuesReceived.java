package dev.sharpend.statuspage;

import dev.sharpend.catalog.PageId;

/**
 * New values of a page's metric were stored. Not audited: values are measurements, not
 * edits, and arrive every few seconds.
 */
record MetricValuesReceived(PageId page) implements PageChange {
}
