package io.braingobrrr.analysis.jobs;

/** Queue priority; urgent jobs start before expedited ones, expedited before normal. */
public enum Priority { NORMAL, EXPEDITE, URGENT }
