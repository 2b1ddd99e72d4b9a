package org.eveseat.domain.contract.port.in;

/**
 * What storing one page of a listing did. {@code upToDate} means ESI had nothing new for page 1 (not due yet, or
 * unchanged): the walk is over and nothing else needs doing.
 */
public record StoredContractsPage(int page, int pageCount, int contracts, boolean upToDate) {
    public static StoredContractsPage upToDate(int page) {
        return new StoredContractsPage(page, page, 0, true);
    }

    public boolean isLast() {
        return upToDate || page >= pageCount;
    }
}
