package com.thousandproxy.application.jobs;

/** How many jobs of one type are in one status (for metrics). */
public record JobCount(String type, JobStatus status, long count) {}
