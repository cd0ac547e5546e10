package io.braingobrrr.acquisition.device;

import com.fazecast.jSerialComm.SerialPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Serial ports the system lists (USB adapters with vendor and product), and opening any port by path. */
public final class SerialPorts {
    /** FTDI, the maker of the USB-serial chip in the OpenBCI dongle. */
    public static final int FTDI_VENDOR_ID = 0x0403;

    private SerialPorts() {
    }

    /**
     * A listed port. vendorId and productId are -1 when the port is not USB.
     *
     * @param path system path to open (e.g. /dev/ttyUSB0, COM3)
     */
    public record PortDescription(String path, String name, String description, int vendorId, int productId) {
        public boolean looksLikeOpenBciDongle() {
            return vendorId == FTDI_VENDOR_ID;
        }
    }

    /** The ports the OS lists. Pseudo-terminals (and some virtual ports) are not listed: open them by path. */
    public static List<PortDescription> list() {
        List<PortDescription> out = new ArrayList<>();
        for (SerialPort p : SerialPort.getCommPorts()) {
            out.add(new PortDescription(p.getSystemPortPath(), p.getSystemPortName(), p.getPortDescription(),
                    p.getVendorID(), p.getProductID()));
        }
        return out;
    }

    /**
     * Opens {@code path} at {@code baud} 8N1 with reads that return after at most {@code readTimeoutMs}.
     * Symbolic links (socat's pty links, /dev/serial/by-id) are resolved first.
     */
    public static SerialPort open(String path, int baud, int readTimeoutMs) throws DeviceException {
        String real = path;
        try {
            Path p = Path.of(path);
            if (Files.exists(p)) real = p.toRealPath().toString();
            else if (path.startsWith("/")) throw new DeviceException(path + ": no such serial port");
        } catch (java.io.IOException e) {
            throw new DeviceException(path + ": cannot resolve the port (" + e.getMessage() + ")", e);
        }
        SerialPort port = SerialPort.getCommPort(real);
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, readTimeoutMs, 0);
        if (!port.openPort()) {
            throw new DeviceException(path + ": cannot open the serial port (error " + port.getLastErrorCode()
                    + "; missing permission, or in use by another program?)");
        }
        return port;
    }
}
