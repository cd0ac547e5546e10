import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;

/** Prints the colour runs along one row of a screenshot (to find a viewer's trace area). java Probe.java IMAGE ROW */
public class Probe {
    public static void main(String[] a) throws Exception {
        BufferedImage img = ImageIO.read(new File(a[0]));
        int y = Integer.parseInt(a[1]);
        int start = 0, prev = img.getRGB(0, y) & 0xFFFFFF;
        for (int x = 1; x <= img.getWidth(); x++) {
            int c = x < img.getWidth() ? img.getRGB(x, y) & 0xFFFFFF : -1;
            if (c != prev) {
                if (x - start >= 20) System.out.printf("x %d..%d colour %06x%n", start, x - 1, prev);
                start = x;
                prev = c;
            }
        }
    }
}
