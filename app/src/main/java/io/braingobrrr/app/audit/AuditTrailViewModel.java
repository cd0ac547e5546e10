package io.braingobrrr.app.audit;

import io.braingobrrr.core.audit.AuditEntry;
import io.braingobrrr.core.audit.AuditQuery;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.audit.AuditVerification;
import io.braingobrrr.core.identity.AuditService;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.service.Page;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.app.tasks.Background;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The audit trail browser: filters (actor, action, entity, date range), pages of rows newest first, and
 * the chain check. Reading and verifying go through {@link AuditService}, which refuses users without
 * audit_read; database work runs on {@code background}, results come back through {@code fxThread}.
 */
public final class AuditTrailViewModel {
    public static final int PAGE_SIZE = 50;

    private final AuditService audit;
    private final Subject by;
    private final Background tasks;

    private final StringProperty actor = new SimpleStringProperty("");
    private final StringProperty action = new SimpleStringProperty("");
    private final StringProperty entity = new SimpleStringProperty("");
    /** Dates as yyyy-MM-dd (UTC, as the trail stores its instants); both ends inclusive. */
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    private final IntegerProperty page = new SimpleIntegerProperty(1);
    private final IntegerProperty pages = new SimpleIntegerProperty(1);
    private final StringProperty pageText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty verification = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public AuditTrailViewModel(AuditService audit, Subject by, Executor background, Executor fxThread) {
        this.audit = audit;
        this.by = by;
        this.tasks = new Background(background, fxThread);
    }

    public static AuditTrailViewModel forDatabase(Database db, Subject by, Executor background, Executor fxThread) {
        return new AuditTrailViewModel(new AuditService(new AuditTrail(db)), by, background, fxThread);
    }

    /** Applies the filters from the first page. */
    public void search() {
        load(1);
    }

    public void nextPage() {
        if (page.get() < pages.get()) load(page.get() + 1);
    }

    public void previousPage() {
        if (page.get() > 1) load(page.get() - 1);
    }

    private void load(int wanted) {
        AuditQuery query;
        try {
            query = new AuditQuery(blank(actor.get()), blank(action.get()), blank(entity.get()), null,
                    startOf("from", from.get(), 0), startOf("to", to.get(), 1));
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        run("Loading the audit trail", () -> audit.browse(by, query, wanted, PAGE_SIZE), this::show);
    }

    private void show(Page<AuditEntry> p) {
        rows.setAll(p.items());
        page.set(p.page());
        int count = (int) Math.max(1, (p.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        pages.set(count);
        pageText.set("Page " + p.page() + " of " + count);
        message.set(p.total() + " row(s)");
    }

    /** Walks the whole chain; names the first row that does not match. */
    public void verify() {
        run("Verifying the chain", () -> audit.verify(by), v -> {
            verification.set(text(v));
            message.set("");
        });
    }

    static String text(AuditVerification v) {
        return v.ok() ? "Chain ok: " + v.rows() + " row(s) verified"
                : "Chain broken at row " + v.firstBadId() + ": " + v.problem();
    }

    /** The start of {@code text}'s day (plus {@code days}) as the trail's instant text; blank means no bound. */
    private static String startOf(String field, String text, int days) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip()).plusDays(days) + "T00:00:00.000Z";
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " date '" + text.strip() + "' is not a date like 2026-12-07");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private <T> void run(String what, Background.Work<T> work, Consumer<T> done) {
        busy.set(true);
        message.set(what + "...");
        tasks.run(work, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            message.set(what + " failed: " + failure);
        });
    }

    public StringProperty actorProperty() { return actor; }
    public StringProperty actionProperty() { return action; }
    public StringProperty entityProperty() { return entity; }
    public StringProperty fromProperty() { return from; }
    public StringProperty toProperty() { return to; }
    public ObservableList<AuditEntry> rows() { return rows; }
    public IntegerProperty pageProperty() { return page; }
    public IntegerProperty pagesProperty() { return pages; }
    public StringProperty pageTextProperty() { return pageText; }
    public StringProperty messageProperty() { return message; }
    public StringProperty verificationProperty() { return verification; }
    public BooleanProperty busyProperty() { return busy; }
}
