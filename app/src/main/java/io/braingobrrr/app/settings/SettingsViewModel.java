package io.braingobrrr.app.settings;

import io.braingobrrr.app.viewer.montage.MontageCatalog;
import io.braingobrrr.app.viewer.render.TracePalette;
import io.braingobrrr.app.viewer.review.ReviewServices;
import io.braingobrrr.app.viewer.trace.TraceViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.paint.Color;

/**
 * The signed-in user's settings: loaded at start, edited in the settings dialog, saved per user, applied
 * to the whole workstation (theme) and to every trace view opened afterwards (montage, filters, sensitivity,
 * page length, screen calibration, trace colours).
 */
public final class SettingsViewModel {
    private final ReviewServices services;
    private final MontageCatalog catalog;
    private final ObjectProperty<UserSettings> current = new SimpleObjectProperty<>(UserSettings.DEFAULTS);
    private final StringProperty message = new SimpleStringProperty("");
    // The dialog's fields.
    private final ObjectProperty<String> montage = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> lff = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> hff = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> notch = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> sensitivity = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> pageSeconds = new SimpleObjectProperty<>();
    private final StringProperty mmPerPixel = new SimpleStringProperty();
    private final ObjectProperty<UserSettings.Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<Color> traceColour = new SimpleObjectProperty<>();
    private final ObjectProperty<Color> backgroundColour = new SimpleObjectProperty<>();
    private final ObjectProperty<Color> gridColour = new SimpleObjectProperty<>();

    public SettingsViewModel(ReviewServices services, MontageCatalog catalog) {
        this.services = services;
        this.catalog = catalog;
        beginEdit();
    }

    public void load() {
        services.run(() -> UserSettings.fromMap(services.settings().load(services.subject())), loaded -> {
            current.set(loaded.settings());
            message.set(String.join("; ", loaded.problems()));
            beginEdit();
        }, m -> message.set("Cannot read the settings: " + m));
    }

    /** Fills the dialog's fields from the current settings. */
    public void beginEdit() {
        UserSettings s = current.get();
        montage.set(s.montage());
        lff.set(s.lffHz());
        hff.set(s.hffHz());
        notch.set(s.notchHz());
        sensitivity.set(s.sensitivity());
        pageSeconds.set(s.pageSeconds());
        mmPerPixel.set(Double.toString(s.mmPerPixel()));
        theme.set(s.theme());
        traceColour.set(colour(s.palette().trace()));
        backgroundColour.set(colour(s.palette().background()));
        gridColour.set(colour(s.palette().grid()));
    }

    private static Color colour(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }

    private static int argb(String what, Color c) {
        if (c == null) throw new IllegalArgumentException(what + " needs a value");
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /** Checks and stores the dialog's fields; false (with the reason in the message) when a field is wrong. */
    public boolean save() {
        UserSettings s;
        try {
            double mm;
            try {
                mm = Double.parseDouble(mmPerPixel.get().trim().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("screen calibration '" + mmPerPixel.get() + "' is not a number of mm per pixel");
            }
            TracePalette palette = TracePalette.of(argb("background colour", backgroundColour.get()),
                    argb("trace colour", traceColour.get()), argb("grid colour", gridColour.get()));
            s = new UserSettings(montage.get(), lff.get(), hff.get(), notch.get(), sensitivity.get(), pageSeconds.get(), mm, theme.get(),
                    palette);
        } catch (IllegalArgumentException | NullPointerException e) {
            message.set(e.getMessage() == null ? "every field needs a value" : e.getMessage());
            return false;
        }
        current.set(s);
        message.set("");
        services.run(() -> {
            services.settings().save(services.subject(), s.toMap());
            return s;
        }, saved -> message.set("Settings saved"), m -> message.set("Settings not saved: " + m));
        return true;
    }

    /** A new trace view starts with the user's montage, filters, sensitivity, page length and calibration. */
    public void applyTo(TraceViewModel view) {
        UserSettings s = current.get();
        view.setMillimetresPerPixel(s.mmPerPixel());
        if (catalog.names().contains(s.montage())) view.montageProperty().set(s.montage());
        view.lffProperty().set(s.lffHz());
        view.hffProperty().set(s.hffHz());
        view.notchProperty().set(s.notchHz());
        view.sensitivityProperty().set(s.sensitivity());
        view.pageSecondsProperty().set(s.pageSeconds());
        view.setPalette(s.palette());
    }

    public ReadOnlyObjectProperty<UserSettings> currentProperty() {
        return current;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public MontageCatalog catalog() {
        return catalog;
    }

    public ObjectProperty<String> montageProperty() {
        return montage;
    }

    public ObjectProperty<Double> lffProperty() {
        return lff;
    }

    public ObjectProperty<Double> hffProperty() {
        return hff;
    }

    public ObjectProperty<Double> notchProperty() {
        return notch;
    }

    public ObjectProperty<Double> sensitivityProperty() {
        return sensitivity;
    }

    public ObjectProperty<Double> pageSecondsProperty() {
        return pageSeconds;
    }

    public StringProperty mmPerPixelProperty() {
        return mmPerPixel;
    }

    public ObjectProperty<UserSettings.Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Color> traceColourProperty() {
        return traceColour;
    }

    public ObjectProperty<Color> backgroundColourProperty() {
        return backgroundColour;
    }

    public ObjectProperty<Color> gridColourProperty() {
        return gridColour;
    }
}
