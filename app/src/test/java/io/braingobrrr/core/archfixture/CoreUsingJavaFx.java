package io.braingobrrr.core.archfixture;

/** Deliberate violation (test fixture only): core code touching JavaFX. */
public class CoreUsingJavaFx {
    public Object label() {
        return new javafx.scene.control.Label("core must not do this");
    }
}
