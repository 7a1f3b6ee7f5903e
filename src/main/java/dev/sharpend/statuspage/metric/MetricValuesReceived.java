package dev.sharpend.statuspage.metric;

import dev.sharpend.catalog.PageId;
import dev.sharpend.statuspage.PageChange;

/**
 * New values of a page's metric were stored. Not audited: values are measurements, not
 * edits, and arrive every few seconds.
 */
record MetricValuesReceived(PageId page) implements PageChange {
}
