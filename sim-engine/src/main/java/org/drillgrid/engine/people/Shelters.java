package org.drillgrid.engine.people;

/** What households need of the shelters: where they are, whether they take people, and admission. */
public interface Shelters {

    int count();

    String id(int shelter);

    int cell(int shelter);

    /** Open and not flooded out. */
    boolean open(int shelter);

    /** Places left. */
    long room(int shelter);

    /** Gives the household a place; the shelter relieves it when it has food and water for it. */
    void admit(int shelter, int household, double now);
}
