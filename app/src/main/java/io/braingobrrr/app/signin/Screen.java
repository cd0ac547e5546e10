package io.braingobrrr.app.signin;

/** What the workstation's window shows. */
public enum Screen {
    /** No account exists yet: the first-start wizard (with a way into the demo). */
    FIRST_START,
    SIGN_IN,
    /** The workstation itself, for a signed-in user or, before the first account exists, the demo. */
    WORKSTATION,
    /** Idle too long or locked by hand: the workstation is hidden until the same user's password is given. */
    LOCKED
}
