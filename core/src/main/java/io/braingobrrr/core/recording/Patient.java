package io.braingobrrr.core.recording;

import java.time.LocalDate;

/** A person recordings belong to. The MRN is the hospital's identifier; birth date may be unknown. */
public record Patient(long id, String mrn, String name, LocalDate birthDate, String sex) {
}
