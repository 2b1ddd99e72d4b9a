package org.eveseat.domain.sync.model;

/**
 * How a job execution ended, as the application records it. ABANDONED is ours alone: the batch runtime keeps the
 * execution of a killed node STARTED for ever and cannot abandon it, so its lease running out is the end.
 */
public enum JobRunOutcome { COMPLETED, FAILED, DEFERRED, ABANDONED }
