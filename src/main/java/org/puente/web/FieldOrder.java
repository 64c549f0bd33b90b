package org.puente.web;

import java.util.List;

/**
 * A form whose page shows its fields in an order its class does not declare them in (fields per language inherited
 * from a parent, say): the error summary lists the mistakes in this order ({@link FormOrder}).
 */
public interface FieldOrder {

	/** The names of the form's fields, as the page shows them from top to bottom. */
	List<String> fieldOrder();
}
