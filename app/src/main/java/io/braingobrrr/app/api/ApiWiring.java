package io.braingobrrr.app.api;

import io.braingobrrr.core.store.Database;
import io.braingobrrr.sync.api.ApiBackends;

/** What the application hands the embedded API that sync cannot build itself (it knows no drawing code). */
public final class ApiWiring {
    private ApiWiring() {
    }

    public static ApiBackends backends(Database db) {
        return new ApiBackends(new ResultImages(db), new AcquisitionSessions(db));
    }
}
