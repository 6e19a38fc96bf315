/** Document rendering: Thymeleaf templates, German formats, charts, accessible PDF (PDF/UA-1, PDF/A-3a). */
package de.leitstand.reporting.document;
