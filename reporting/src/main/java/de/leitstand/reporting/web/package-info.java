/**
 * The public, login-free OParl 1.1 interface as a servlet.
 */
package de.leitstand.reporting.web;
