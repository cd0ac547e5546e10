package io.braingobrrr.core.identity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashIsArgon2idInPhcFormatAndVerifiesOnlyTheSamePassword() {
        String h = hasher.hash("correct horse battery".toCharArray());
        assertTrue(h.matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), h);
        assertTrue(hasher.verify("correct horse battery".toCharArray(), h));
        assertFalse(hasher.verify("correct horse batterz".toCharArray(), h));
        assertFalse(hasher.verify(new char[0], h));
    }

    @Test
    void samePasswordGetsADifferentSaltEachTime() {
        assertNotEquals(hasher.hash("same password 1".toCharArray()), hasher.hash("same password 1".toCharArray()));
    }

    @Test
    void parametersAreReadFromTheStoredHash() {
        // Verification recomputes with the stored cost, not the current one: edit the cost and it no longer matches.
        String h = hasher.hash("pw-for-params-1".toCharArray());
        String t1 = h.replace("t=2", "t=1");
        assertFalse(hasher.verify("pw-for-params-1".toCharArray(), t1), "different cost gives a different hash");
    }

    @Test
    void malformedHashesNeverVerify() {
        for (String bad : new String[]{null, "", "plain", "$argon2i$v=19$m=19456,t=2,p=1$AAAA$AAAA",
                "$argon2id$v=19$m=x,t=2,p=1$AAAA$AAAA", "$argon2id$v=19$m=19456,t=2,p=1$!!!$AAAA", "$argon2id$v=19$q=1$AAAA$AAAA"}) {
            assertFalse(hasher.verify("whatever123".toCharArray(), bad), String.valueOf(bad));
        }
    }

    @Test
    void policyNamesTheProblem() {
        assertTrue(PasswordPolicy.problem(new char[0], "ann").contains("empty"));
        assertTrue(PasswordPolicy.problem("short1".toCharArray(), "ann").contains("too short"));
        assertTrue(PasswordPolicy.problem("aaaaaaaaaaaa".toCharArray(), "ann").contains("different"));
        assertTrue(PasswordPolicy.problem("xx-annabel-2024".toCharArray(), "annabel").contains("username"));
        assertTrue(PasswordPolicy.problem("          ".toCharArray(), "ann").contains("spaces"));
        assertTrue(PasswordPolicy.problem("a long enough pass".toCharArray(), "ann") == null);
    }
}
