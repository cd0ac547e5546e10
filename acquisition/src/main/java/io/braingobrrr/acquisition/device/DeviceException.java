package io.braingobrrr.acquisition.device;

/** A device could not do what was asked; the message names the device and the reason. */
public class DeviceException extends Exception {
    public DeviceException(String message) {
        super(message);
    }

    public DeviceException(String message, Throwable cause) {
        super(message, cause);
    }
}
