package org.drillgrid.model.order;

/** An order that cannot be read: the message names the line or field and what is wrong. */
public final class OrderException extends Exception {

    private static final long serialVersionUID = 1L;

    public OrderException(String message) {
        super(message);
    }
}
