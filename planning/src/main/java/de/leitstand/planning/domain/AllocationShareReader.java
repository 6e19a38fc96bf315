package de.leitstand.planning.domain;

import java.io.InputStream;
import java.util.List;

/** Reads a year's EinglMV shares from a file; refuses the whole file, naming line and column, on any error. */
public interface AllocationShareReader {

    List<AllocationShare> read(int year, InputStream input);
}
