package io.braingobrrr.analysis.dsp;

/** Just enough complex arithmetic for filter design (no allocation-free ambitions). */
record Complex(double re, double im) {
    static Complex real(double re) {
        return new Complex(re, 0);
    }

    Complex plus(Complex o) {
        return new Complex(re + o.re, im + o.im);
    }

    Complex minus(Complex o) {
        return new Complex(re - o.re, im - o.im);
    }

    Complex times(Complex o) {
        return new Complex(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    Complex times(double s) {
        return new Complex(re * s, im * s);
    }

    Complex div(Complex o) {
        double d = o.re * o.re + o.im * o.im;
        return new Complex((re * o.re + im * o.im) / d, (im * o.re - re * o.im) / d);
    }

    double abs() {
        return Math.hypot(re, im);
    }

    /** Principal square root. */
    Complex sqrt() {
        double m = abs();
        double r = Math.sqrt((m + re) / 2);
        double i = Math.copySign(Math.sqrt(Math.max(0, (m - re) / 2)), im);
        return new Complex(r, i);
    }
}
