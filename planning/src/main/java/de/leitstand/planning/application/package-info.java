/** Planning's use cases: programmes and their workflow, team offers, allocation estimates; views and comparisons. */
package de.leitstand.planning.application;
