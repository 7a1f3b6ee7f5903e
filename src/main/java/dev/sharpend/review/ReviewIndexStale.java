package dev.sharpend.review;

/**
 * Published inside a transaction that changed what one of a review's search documents
 * shows, so that {@link ReviewIndexing} pushes it once the change committed.
 *
 * @param review the review's id
 * @param type {@link ReviewSearch#REVIEW}, {@link ReviewSearch#FACTOR} or
 * {@link ReviewSearch#ACTION_ITEM}
 * @param id the document's id within its type
 */
record ReviewIndexStale(long review, String type, long id) {
}
