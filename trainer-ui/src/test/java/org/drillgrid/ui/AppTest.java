package org.drillgrid.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Karibu test over the real services: every test gets a fresh {@link TestApp} (mocked Vaadin, in-memory H2)
 * with its data in {@link #dir}, set up before the subclass's own set-up and closed after its tear-down.
 */
public abstract class AppTest {

    @TempDir
    protected Path dir;
    protected TestApp app;

    @BeforeEach
    void startApp() {
        app = new TestApp(dir);
    }

    @AfterEach
    void closeApp() throws Exception {
        app.close();
    }
}
